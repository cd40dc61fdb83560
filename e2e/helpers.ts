import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

export const password = process.env.DEMO_PASSWORD || 'ntars-demo-2026'

/** Signs in through the members' sign-in page, as a person would. */
export const signIn = async (page: Page, email: string, secret = password) => {
  await page.goto('/sign-in')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(secret)
  await page.getByRole('button', { name: 'Sign in' }).click()
}

export const signInAndWait = async (page: Page, email: string) => {
  await signIn(page, email)
  await expect(page).toHaveURL(/\/members$/)
}

/** No serious or critical accessibility violation on the current page. */
export const expectAccessible = async (page: Page) => {
  const results = await new AxeBuilder({ page }).analyze()
  const serious = results.violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  )
  expect(
    serious.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([])
}

/** A staff token for set-up through the REST API (creating accounts, reading counts). */
export const staffToken = async (page: Page) => {
  const response = await page.request.post('/api/users/login', {
    data: { email: 'admin@ntars.test', password },
  })
  const body = (await response.json()) as { token: string }
  return { Authorization: `JWT ${body.token}` }
}
