import { expect, test } from '@playwright/test'

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

test('staff sign in to the admin', async ({ page }) => {
  await page.goto('/admin/login')
  await page.getByLabel('Email').fill('manager@ntars.test')
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Login' }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)
  await expect(page.getByRole('link', { name: 'Offenders' }).first()).toBeVisible()
})

test('a member account is refused the admin', async ({ page }) => {
  await page.goto('/admin/login')
  await page.getByLabel('Email').fill('member@ntars.test')
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Login' }).click()
  await expect(page.getByText(/email or password provided is incorrect/i)).toBeVisible()
  await expect(page).toHaveURL(/\/admin\/login/)
})

test('a member holding a valid API token still cannot open the admin', async ({ page }) => {
  const login = await page.request.post('/api/members/login', {
    data: { email: 'member@ntars.test', password },
  })
  expect(login.ok()).toBe(true)
  await page.goto('/admin')
  await expect(page).toHaveURL(/\/admin\/(login|unauthorized)/)
  await expect(page.getByRole('link', { name: 'Offenders' })).toHaveCount(0)
})
