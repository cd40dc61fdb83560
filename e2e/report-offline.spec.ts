import { randomUUID } from 'node:crypto'
import { devices, expect, type Page, test } from '@playwright/test'
import sharp from 'sharp'
import { signInAndWait, staffToken } from './helpers'

// A phone behind a till, where the signal comes and goes.
test.use({ ...devices['Pixel 7'] })
test.describe.configure({ mode: 'serial' })

/** How many reports hold this exact description, read as scheme staff through the REST API. */
const reportsDescribed = async (page: Page, description: string) => {
  const headers = await staffToken(page)
  const query = new URLSearchParams({ 'where[description][equals]': description, depth: '0', limit: '10' })
  const response = await page.request.get(`/api/incidents?${query}`, { headers })
  expect(response.status()).toBe(200)
  return ((await response.json()) as { totalDocs: number }).totalDocs
}

const startReport = async (page: Page, description: string) => {
  await signInAndWait(page, 'member2@ntars.test')
  await page.goto('/report')
  await page.getByText('Theft', { exact: true }).click()
  await page.getByLabel('What happened?').fill(description)
}

test('a report sent with no signal is queued on the phone with its photo, and sent once when the signal returns', async ({
  page,
  context,
}) => {
  const description = `Took a box of razor blades from the counter (offline ${randomUUID()}).`
  await startReport(page, description)
  const photo = await sharp({ create: { width: 320, height: 240, channels: 3, background: '#335577' } })
    .jpeg()
    .toBuffer()
  await page
    .getByLabel('Photos (optional)')
    .setInputFiles({ name: 'till.jpg', mimeType: 'image/jpeg', buffer: photo })

  await context.setOffline(true)
  await page.getByRole('button', { name: 'Send report' }).click()
  await expect(page.getByRole('status')).toContainText('Saved on this phone — waiting to send')
  await expect(page.getByRole('region', { name: 'Waiting to send' })).toContainText('1 photo')

  await context.setOffline(false)
  await expect(page.getByRole('status').filter({ hasText: 'has been sent' })).toContainText(/NT-\d{6}/)
  expect(await reportsDescribed(page, description)).toBe(1)

  // Sent, so nothing is waiting and no draft is kept: the form opens empty, and nothing is sent again.
  await page.goto('/report')
  await expect(page.getByLabel('What happened?')).toHaveValue('')
  await expect(page.getByRole('region', { name: 'Waiting to send' })).toHaveCount(0)
  expect(await reportsDescribed(page, description)).toBe(1)
})

test('a report typed but not sent is kept as a draft and restored after a reload', async ({ page }) => {
  const description = `Pushed past the queue and left without paying (draft ${randomUUID()}).`
  await startReport(page, description)
  await page.reload()
  await expect(page.getByLabel('What happened?')).toHaveValue(description)
  await expect(page.getByRole('note')).toContainText('Your unsent report was kept on this phone')
  await page.getByRole('button', { name: 'Send report' }).click()
  await expect(page.getByRole('status')).toContainText('Report sent')
  expect(await reportsDescribed(page, description)).toBe(1)
})

test('a send whose answer is lost is sent again and still makes one report', async ({ page }) => {
  const description = `Shouted at the cashier and kicked the door (lost answer ${randomUUID()}).`
  await startReport(page, description)

  // Let the first send reach the server and be filed, then drop its answer, as a signal lost mid-request does.
  let firstReference = ''
  await page.route('**/report', async (route) => {
    const request = route.request()
    if (request.method() !== 'POST' || !request.headers()['next-action']) return route.continue()
    const response = await route.fetch()
    firstReference = /"reference":"(NT-\d{6})"/.exec(await response.text())?.[1] ?? ''
    await route.abort('connectionreset')
  })
  await page.getByRole('button', { name: 'Send report' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'Not sent' })).toContainText(
    'Not sent — your report is saved on this phone',
  )
  expect(firstReference).toMatch(/^NT-\d{6}$/)
  expect(await reportsDescribed(page, description)).toBe(1)

  await page.unroute('**/report')
  await page.getByRole('button', { name: 'Send again' }).click()
  const status = page.getByRole('status')
  await expect(status).toContainText('Report sent')
  await expect(status.locator('strong').first()).toHaveText(firstReference)
  expect(await reportsDescribed(page, description)).toBe(1)
})
