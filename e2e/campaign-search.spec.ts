import { devices, expect, test } from '@playwright/test'
import { expectAccessible } from './helpers'

// A member of the public looking for their shop on a phone.
test.use({ ...devices['Pixel 7'] })

const adoptedPath = '/campaigns/cops-adopt-a-shop'

test('the adopted shops are grouped by street and a search narrows them as you type', async ({ page }) => {
  await page.goto(adoptedPath)
  const region = page.getByRole('region', { name: 'Adopted shops' })
  const streets = region.locator('details')
  const allStreets = await streets.count()
  expect(allStreets).toBeGreaterThan(5)
  // Closed streets: the page is a short list, not sixty cards.
  await expect(region.getByText('Copper Kettle Café', { exact: true })).toBeHidden()
  await expectAccessible(page)

  const search = region.getByRole('searchbox', { name: 'Find a shop' })
  await expect(async () => {
    await search.fill('copper kettle café')
    await expect(region.getByText('Copper Kettle Café', { exact: true })).toBeVisible({ timeout: 1000 })
  }).toPass()
  await expect(region.getByText('1 shop matches “copper kettle café”.', { exact: true })).toBeVisible()
  await expect(streets).toHaveCount(1)
  await expect(region.locator('details li').filter({ hasText: 'Copper Kettle Café' })).toContainText(
    'Officer: PC Robin',
  )

  await search.fill('no such shop anywhere')
  await expect(
    region.getByText('No adopted shop matches “no such shop anywhere”.', { exact: false }),
  ).toBeVisible()
  await search.fill('')
  await expect(streets).toHaveCount(allStreets)
})

test('without JavaScript the search is answered by the server', async ({ browser }) => {
  const context = await browser.newContext({ ...devices['Pixel 7'], javaScriptEnabled: false })
  const page = await context.newPage()
  try {
    await page.goto(adoptedPath)
    await page.getByRole('searchbox', { name: 'Find a shop' }).fill('Copper Kettle')
    await page.getByRole('button', { name: 'Search' }).click()
    await expect(page).toHaveURL(`${adoptedPath}/shops?q=Copper+Kettle`)
    const region = page.getByRole('region', { name: 'Adopted shops' })
    await expect(region.getByText('Copper Kettle Café', { exact: true })).toBeVisible()
    await expect(region.locator('details')).toHaveCount(1)
    await expect(page.getByRole('link', { name: 'Back to Cops Adopt A Shop' })).toHaveAttribute(
      'href',
      adoptedPath,
    )
  } finally {
    await context.close()
  }
})
