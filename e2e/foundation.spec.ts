import { expect, test } from '@playwright/test'
import { signInAndWait, signInAsStaff } from './helpers'

const password = process.env.DEMO_PASSWORD || 'ntars-demo-2026'

test('the public home page renders the scheme and how to report', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    'Anti-Social Behaviour Reporting Scheme',
  )
  await expect(page.getByRole('heading', { name: 'How to report a crime' })).toBeVisible()
  await expect(page.getByText('call 999')).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Cops Adopt A Shop' })).toBeVisible()
})

test('staff sign in to the admin with password and authenticator code', async ({ page }) => {
  await signInAsStaff(page, 'manager@ntars.test')
  await expect(page.getByRole('link', { name: 'Offenders' }).first()).toBeVisible()
})

test('a member account is refused the staff sign-in', async ({ page }) => {
  await page.goto('/admin/login')
  await expect(page).toHaveURL(/\/staff\/sign-in/)
  await page.getByLabel('Email').fill('member@ntars.test')
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(
    page.getByRole('alert').filter({ hasText: 'email, password or code is not right' }),
  ).toBeVisible()
  await expect(page).toHaveURL(/\/staff\/sign-in/)
})

test('a member gets no API token, and a member signed in to the members’ area cannot open the admin', async ({
  page,
}) => {
  const login = await page.request.post('/api/members/login', {
    data: { email: 'member@ntars.test', password },
  })
  expect(login.status()).toBe(403)
  expect(login.headers()['set-cookie'] ?? '').not.toContain('payload-token')
  await signInAndWait(page, 'member@ntars.test')
  await page.goto('/admin')
  await expect(page).toHaveURL(/\/(admin\/unauthorized|staff\/sign-in)/)
  await expect(page.getByRole('link', { name: 'Offenders' })).toHaveCount(0)
})
