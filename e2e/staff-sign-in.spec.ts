import { expect, type Page, test } from '@playwright/test'
import { staffCode } from '../tests/helpers/staffSecondFactor'
import { expectAccessible, signInAsStaff, staffToken } from './helpers'

test.describe.configure({ mode: 'serial' })

const staffPassword = 'Haberdashery-quayside-2026'

const fillSignIn = async (page: Page, email: string, code: string) => {
  await page.goto('/staff/sign-in')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(staffPassword)
  await page.getByLabel('Authenticator code').fill(code)
  await page.getByRole('button', { name: 'Sign in' }).click()
}

test('the admin sends people who are not signed in to the staff sign-in', async ({ page }) => {
  await page.goto('/admin/collections/offenders')
  await expect(page).toHaveURL(/\/staff\/sign-in\?next=%2Fadmin%2Fcollections%2Foffenders/)
  await expect(page.getByRole('heading', { name: 'NTARS staff sign-in' })).toBeVisible()
  await expectAccessible(page)
})

test('a new staff member sets up an authenticator at first sign-in, then signs in with a code or a recovery code once', async ({
  page,
}) => {
  const email = `enrol-${Date.now().toString(36)}@ntars.test`
  const created = await page.request.post('/api/users', {
    headers: await staffToken(page),
    data: { email, name: 'Enrol Testperson', roles: ['editor'], password: staffPassword },
  })
  expect(created.status()).toBe(201)
  const accountId = ((await created.json()) as { doc: { id: number } }).doc.id
  await page.context().clearCookies()

  // First sign-in: password only, then the QR code and setup key.
  await fillSignIn(page, email, '')
  await expect(page.getByRole('heading', { name: 'Set up your authenticator app' })).toBeVisible()
  await expect(page.getByRole('img', { name: 'QR code for your authenticator app' })).toBeVisible()
  await expectAccessible(page)
  const secret = (await page.locator('#staff-setup-key').textContent())?.trim() ?? ''
  expect(secret).toMatch(/^[A-Z2-7]{32}$/)
  await page.getByLabel('Authenticator code').fill(staffCode(secret))
  await page.getByRole('button', { name: 'Confirm and sign in' }).click()

  // Ten recovery codes, shown once; then on to the admin.
  const codes = page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem')
  await expect(codes).toHaveCount(10)
  const recoveryCode = ((await codes.first().textContent()) ?? '').trim()
  await page.getByRole('link', { name: 'Continue to the admin' }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)
  await expect(page.getByRole('link', { name: 'Campaigns' }).first()).toBeVisible()

  // The password alone no longer does: the code is asked for.
  await page.context().clearCookies()
  await fillSignIn(page, email, '')
  await expect(page.getByRole('alert').filter({ hasText: 'Enter the 6-digit code' })).toBeVisible()

  // A recovery code signs in once.
  await page.context().clearCookies()
  await fillSignIn(page, email, recoveryCode)
  await expect(page).toHaveURL(/\/admin\/?$/)
  await page.context().clearCookies()
  await fillSignIn(page, email, recoveryCode)
  await expect(page.getByRole('alert').filter({ hasText: 'code is not right' })).toBeVisible()
  await expect(page).toHaveURL(/\/staff\/sign-in/)

  // Lost phone: an admin resets the factor from the account's page; the next sign-in enrols again.
  await page.context().clearCookies()
  await signInAsStaff(page, 'admin@ntars.test')
  await page.goto(`/admin/collections/users/${accountId}`)
  await expect(page.getByText(/Authenticator app set up on .*; 9 recovery codes left/)).toBeVisible()
  page.once('dialog', (dialog) => dialog.accept())
  await page.getByRole('button', { name: 'Reset second factor' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Second factor reset' })).toBeVisible()
  await page.context().clearCookies()
  await fillSignIn(page, email, '')
  await expect(page.getByRole('heading', { name: 'Set up your authenticator app' })).toBeVisible()
})
