import { expect, test } from '@playwright/test'
import sharp from 'sharp'
import { expectAccessible, signInAndWait } from './helpers'

/**
 * A conversation on a report end to end (docs/report-conversations.md): a member reports, police request CCTV
 * on it, the reporter answers on a phone with a still, and police see the answer and the photo.
 */
test.describe.configure({ mode: 'serial' })

let incidentId = 0
const answer = `Kept 14:00 to 14:30 from the till camera ${Math.random().toString(36).slice(2, 7)}.`

test('a member reports a theft', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await signInAndWait(page, 'member@ntars.test')
  await page.getByRole('link', { name: 'Report', exact: true }).first().click()
  await page.getByText('Theft', { exact: true }).click()
  await page.getByLabel('What happened?').fill('A man in a grey hat took two jars of honey.')
  await page.getByRole('button', { name: 'Send report' }).click()
  const status = page.getByRole('status')
  await expect(status).toContainText('Report sent')
  const reference = (await status.locator('strong').first().textContent()) ?? ''
  incidentId = Number(reference.replace(/^\D+/, ''))
  expect(incidentId).toBeGreaterThan(0)
})

test('police request CCTV from the report page', async ({ page }) => {
  await signInAndWait(page, 'police@ntars.test')
  await page.goto(`/incidents/${incidentId}`)
  await page.getByLabel('CCTV footage').check()
  await page.getByLabel('What footage do you need, and why?').fill('Please keep the till camera from 14:00.')
  await page.getByLabel('Which camera or area (optional)').fill('Till camera')
  await page.getByRole('button', { name: 'Request CCTV' }).click()
  await expect(page.getByRole('status')).toContainText('Sent.')
  await expect(page.getByText('CCTV request from Police')).toBeVisible()
})

test('the reporter answers on a phone with a still', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await signInAndWait(page, 'member@ntars.test')
  await page.goto(`/incidents/${incidentId}#conversation`)
  await expect(page.getByText('Please keep the till camera from 14:00.')).toBeVisible()
  await expectAccessible(page)
  await page.getByLabel('Your answer').fill(answer)
  const still = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#356' } })
    .jpeg()
    .toBuffer()
  await page.getByLabel(/Photos or CCTV stills/).setInputFiles({
    name: 'still.jpg',
    mimeType: 'image/jpeg',
    buffer: still,
  })
  await page.getByRole('button', { name: 'Send answer' }).click()
  await expect(page.getByRole('status')).toContainText('Sent.')
  await expect(page.getByText(answer)).toBeVisible()
  await expect(page.getByAltText(/sent with this answer/)).toBeVisible()
})

test('police see the answer and its photo', async ({ page }) => {
  await signInAndWait(page, 'police@ntars.test')
  await page.goto(`/incidents/${incidentId}`)
  await expect(page.getByText('Reply from Reporter')).toBeVisible()
  await expect(page.getByText(answer)).toBeVisible()
  const photo = page.getByAltText(/sent with this answer/)
  const src = (await photo.getAttribute('src')) ?? ''
  const response = await page.request.get(src)
  expect(response.status()).toBe(200)
  expect(response.headers()['cache-control']).toContain('no-store')
})
