import { expect, test } from '@playwright/test'
import { expectAccessible, signInAndWait, signInAsStaff } from './helpers'

/**
 * A business manager opens their figures on a phone (their business beside the scheme's average), an
 * ordinary member is turned away, police open the scheme's pattern page, and staff the admin's
 * (docs/figures.md). The seed's reports are the last six months, so "Last quarter" has some.
 */
test('a business manager reads their figures on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await signInAndWait(page, 'shopmanager@ntars.test')
  await page.goto('/members')
  await page.getByRole('link', { name: 'Figures' }).first().click()
  await expect(page.getByRole('heading', { level: 1, name: 'Your figures' })).toBeVisible()
  await page.getByRole('link', { name: 'Last quarter' }).click()
  await expect(page).toHaveURL(/\/figures\?from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}$/)
  const totals = page.getByRole('table', { name: 'Reports, losses and police outcomes' })
  await expect(totals.getByRole('columnheader', { name: 'Your business' })).toBeVisible()
  await expect(totals.getByRole('columnheader', { name: 'Scheme average per business' })).toBeVisible()
  await expect(page.getByRole('table', { name: /^Reports by month/ })).toBeVisible()
  // Nothing wider than the phone: tables scroll inside their own box.
  const width = await page.evaluate(() => document.documentElement.scrollWidth)
  expect(width).toBeLessThanOrEqual(390)
  await expect(page.getByRole('link', { name: 'Patterns across the scheme' })).toHaveCount(0)
  await expectAccessible(page)
})

test('an ordinary member is sent home from the figures', async ({ page }) => {
  await signInAndWait(page, 'member@ntars.test')
  await page.goto('/figures')
  await expect(page).toHaveURL(/\/members\?denied=1/)
})

test('police open the scheme pattern page', async ({ page }) => {
  await signInAndWait(page, 'police@ntars.test')
  await page.goto('/figures')
  await expect(page.getByRole('heading', { level: 1, name: 'Scheme figures' })).toBeVisible()
  await page.getByRole('link', { name: 'Patterns across the scheme' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Patterns across the scheme' })).toBeVisible()
  await page.getByRole('link', { name: 'Last quarter' }).click()
  await expect(page.getByText(/reports?, .*(than|as) the/)).toBeVisible()
  await expect(page.getByRole('figure', { name: /^Reports by street/ })).toBeVisible()
  await expect(page.getByRole('figure', { name: 'Reports by day and hour (UK time)' })).toBeVisible()
  await expectAccessible(page)
})

test('staff open the patterns view in the admin', async ({ page }) => {
  await signInAsStaff(page, 'manager@ntars.test')
  await page.goto('/admin/patterns')
  await expect(page.getByRole('heading', { level: 1, name: 'Patterns' })).toBeVisible()
  await page.getByRole('link', { name: 'Last 12 months' }).click()
  await expect(page.getByText(/reports?, .*(than|as) the/)).toBeVisible()
  await expect(page.getByRole('link', { name: 'Patterns' }).first()).toBeVisible()
})
