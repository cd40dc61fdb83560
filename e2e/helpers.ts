import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'
import { enrolStaffWithKnownSecret, staffCode } from '../tests/helpers/staffSecondFactor'

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

/**
 * Signs a staff account in through NTARS's staff sign-in (password AND authenticator code), as a person
 * would; the account is first given a known second factor (tests/helpers/staffSecondFactor).
 */
export const signInAsStaff = async (page: Page, email = 'admin@ntars.test') => {
  await enrolStaffWithKnownSecret(email)
  // A staff session already in this browser would send the sign-in page straight on to the admin.
  await page.context().clearCookies({ name: /^(__Host-)?payload-token$/ })
  await page.goto('/staff/sign-in')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByLabel('Authenticator code').fill(staffCode())
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)
}

/**
 * A staff token for set-up through the REST API (creating accounts, reading counts): the admin signs in
 * through the staff sign-in in a second tab, which also signs this browser in to the admin.
 */
export const staffToken = async (page: Page) => {
  const tab = await page.context().newPage()
  try {
    await signInAsStaff(tab, 'admin@ntars.test')
  } finally {
    await tab.close()
  }
  const cookie = (await page.context().cookies()).find((entry) =>
    /^(__Host-)?payload-token$/.test(entry.name),
  )
  if (!cookie) throw new Error('The staff sign-in set no payload-token cookie')
  return { Authorization: `JWT ${cookie.value}` }
}

declare global {
  interface Window {
    __cspViolations?: string[]
    __next_f?: { push: unknown }
    next?: object
  }
}

/**
 * Records every Content-Security-Policy violation on the pages this tab opens from now on. The listener
 * is added by the browser's automation channel, which the page's own policy does not govern.
 */
export const recordCspViolations = async (page: Page) => {
  await page.addInitScript(() => {
    window.__cspViolations = []
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push(
        `${event.violatedDirective}: ${event.blockedURI || event.sample || '(inline)'}`,
      )
    })
  })
}

/**
 * The browser blocked nothing on the page, and Next started on it (its inline RSC payload, `self.__next_f`,
 * was read and `window.next` set). Needs `recordCspViolations` first.
 */
export const expectOwnScriptsRanUnblocked = async (page: Page) => {
  await page.waitForLoadState('load')
  await expect
    .poll(() => page.evaluate(() => typeof window.next === 'object' && Boolean(window.__next_f)))
    .toBe(true)
  expect(await page.evaluate(() => window.__cspViolations)).toEqual([])
}
