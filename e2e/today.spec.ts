import { expect, test } from '@playwright/test'
import { qrCodeSvg } from '../lib/staffAuth/qrCodeSvg'
import { expectAccessible, password, signInAndWait } from './helpers'

/** "Today in town" and the report poster (docs/today-in-town.md, docs/report-poster.md). */

test('a member opens Today in town from the members’ menu on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await signInAndWait(page, 'member@ntars.test')
  await page.getByRole('link', { name: 'Today in town' }).first().click()
  await expect(page).toHaveURL(/\/today$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Today in town' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Reports across the scheme' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'By type' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'By street' })).toBeVisible()
  // Shop staff see counts under the small-cell rule, and no notice figures (police and staff only).
  await expect(page.getByText('Counts only, never another shop’s report.')).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Notices served' })).toHaveCount(0)
  // Nothing wider than the phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  await expectAccessible(page)
})

test('a business manager’s poster shows the QR of their report address, and prints as a PDF', async ({
  page,
}) => {
  await signInAndWait(page, 'shopmanager@ntars.test')
  await page.goto('/members/poster')
  await expect(page.getByRole('heading', { level: 1, name: 'Report poster' })).toBeVisible()
  const url = (await page.getByTestId('poster-url').textContent()) ?? ''
  const address = new URL(url)
  expect(address.pathname).toBe('/report')
  expect(address.searchParams.get('from')).toBe('poster')
  expect(address.searchParams.get('b')).toMatch(/^[A-Za-z0-9_-]{22}$/)
  // The QR on the page is exactly the code of that address (both drawn by the same library).
  const qr = page.getByRole('img', { name: /QR code that opens the report form/ })
  expect(await qr.getAttribute('src')).toBe(await qrCodeSvg(url))
  await expectAccessible(page)
  const pdf = await page.request.get('/members/poster/pdf')
  expect(pdf.status()).toBe(200)
  expect(pdf.headers()['content-type']).toBe('application/pdf')
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-')
})

test('scanning a poster signed out goes to sign-in, then straight to the report form', async ({ page }) => {
  await signInAndWait(page, 'shopmanager@ntars.test')
  await page.goto('/members/poster')
  const url = (await page.getByTestId('poster-url').textContent()) ?? ''
  const { pathname, search } = new URL(url)
  await page.context().clearCookies()

  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto(`${pathname}${search}`)
  await expect(page).toHaveURL(/\/sign-in\?next=/)
  await page.getByLabel('Email').fill('member@ntars.test') // the same business as the poster
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).toHaveURL(`${pathname}${search}`)
  await expect(page.getByRole('heading', { level: 1, name: 'Report an incident' })).toBeVisible()
  await expect(page.getByText('That poster belongs to another business.')).toHaveCount(0)

  // Someone from another shop scanning it files for their own business, and is told so.
  await page.context().clearCookies()
  await page.goto(`${pathname}${search}`)
  await page.getByLabel('Email').fill('member2@ntars.test')
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).toHaveURL(`${pathname}${search}`)
  await expect(page.getByText('That poster belongs to another business.')).toBeVisible()
})

test('sign-in never sends anyone off the site', async ({ page }) => {
  await page.goto(`/sign-in?next=${encodeURIComponent('/\\evil.example/')}`)
  await page.getByLabel('Email').fill('member@ntars.test')
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).toHaveURL(/\/members$/)
})
