import { expect, test } from '@playwright/test'
import { expectAccessible, signInAndWait, signInAsStaff } from './helpers'

test.describe.configure({ mode: 'serial' })

test('a member turns the weekly bulletin off and on again in their account', async ({ page }) => {
  await signInAndWait(page, 'member2@ntars.test')
  await page.goto('/account')
  const choice = page.getByLabel('Email me the weekly bulletin')
  await expect(choice).toBeChecked()
  await expectAccessible(page)
  await choice.uncheck()
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText('Your choice is saved.')).toBeVisible()
  await expect(page.getByLabel('Email me the weekly bulletin')).not.toBeChecked()
  await page.getByLabel('Email me the weekly bulletin').check()
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText('Your choice is saved.')).toBeVisible()
  await expect(page.getByLabel('Email me the weekly bulletin')).toBeChecked()
})

test('the outcome report shows the return on levy beside the previous period', async ({ page }) => {
  await signInAsStaff(page, 'manager@ntars.test')
  await page.goto('/admin/outcomes')
  const table = page.getByRole('table').filter({ hasText: 'Levy collected' })
  await expect(page.getByRole('heading', { name: 'Return on levy' })).toBeVisible()
  await expect(table.getByRole('columnheader', { name: 'Previous period' })).toBeVisible()
  await expect(table.getByRole('row', { name: /Cost per report/ })).toBeVisible()
})
