import { expect, type Page, test } from '@playwright/test'
import { expectAccessible, signInAndWait, signInAsStaff, staffToken } from './helpers'

test.describe.configure({ mode: 'serial' })
// Signing staff in with a second factor and opening the admin takes a while on a loaded machine.
test.setTimeout(180_000)

const name = `Notice${Date.now().toString(36)}`
let profileId: number
let noticeId: number

/**
 * Fetches a notice PDF from inside the page, so the browser sends its own session cookies (secure cookies
 * that Playwright's request client would not send over plain http), and says what came back.
 */
const fetchPdf = (page: Page, url: string) =>
  page.evaluate(async (target) => {
    const response = await fetch(target)
    const bytes = new Uint8Array(await response.arrayBuffer())
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      cache: response.headers.get('cache-control'),
      start: String.fromCharCode(...bytes.slice(0, 5)),
    }
  }, url)

/** Draws a signature-like stroke across the canvas with the mouse, as a finger would on a phone. */
const drawSignature = async (page: Page) => {
  const canvas = page.getByTestId('signature-signatureImage')
  await canvas.scrollIntoViewIfNeeded()
  const box = await canvas.boundingBox()
  if (!box) throw new Error('The signature canvas is not on screen')
  await page.mouse.move(box.x + 20, box.y + box.height * 0.7)
  await page.mouse.down()
  for (let step = 1; step <= 12; step++) {
    await page.mouse.move(
      box.x + 20 + step * ((box.width - 40) / 12),
      box.y + box.height * (step % 2 ? 0.3 : 0.7),
      { steps: 3 },
    )
  }
  await page.mouse.up()
}

test('staff create a notice for a gallery profile in the admin and download its PDF', async ({ page }) => {
  // Set-up: a gallery profile, entered by staff over the API as the other staff tests do.
  const profile = await page.request.post('/api/offenders', {
    headers: await staffToken(page),
    data: { firstName: name, lastName: 'Example', gallery: 'known', status: 'approved' },
  })
  expect(profile.status()).toBe(201)
  profileId = ((await profile.json()) as { doc: { id: number } }).doc.id
  await page.context().clearCookies()

  await signInAsStaff(page, 'manager@ntars.test')
  await page.goto('/admin/collections/exclusion-notices/create')
  await page.locator('#field-offender .rs__control').click()
  await page.keyboard.type(name)
  await page.getByRole('option', { name: new RegExp(name) }).click()
  await page.locator('#field-stage .rs__control').click()
  await page.getByRole('option', { name: 'Exclusion (red)' }).click()
  await page.getByRole('textbox', { name: 'Zone' }).fill('Fixture zone: Quay Street to Anchor Lane.')
  // A new profile with no reports: the rules suggest no notice, so choosing red needs a reason.
  await page
    .getByRole('textbox', { name: 'Override Reason' })
    .fill('Seen threatening staff on CCTV; the police asked for a red notice.')
  const today = new Date()
  const startsAt = page.locator('#field-startsAt input')
  await startsAt.fill(
    `${String(today.getMonth() + 1).padStart(2, '0')}/${String(today.getDate()).padStart(2, '0')}/${today.getFullYear()}`,
  )
  await startsAt.press('Enter')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/exclusion-notices\/\d+/)
  noticeId = Number(/exclusion-notices\/(\d+)/.exec(page.url())?.[1])

  const download = page.waitForEvent('download')
  await page.getByRole('link', { name: 'Download notice (PDF)' }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(new RegExp(`exclusion-notice-${noticeId}\\.pdf$`))
  const response = await fetchPdf(page, `/notices/${noticeId}/pdf`)
  expect(response).toMatchObject({ status: 200, type: 'application/pdf', start: '%PDF-' })
  expect(response.cache).toContain('no-store')
})

test('police serve the notice on a phone with a drawn signature, and the profile lists it as served', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true })
  const page = await context.newPage()
  try {
    await signInAndWait(page, 'police@ntars.test')
    await page.goto(`/offenders/${profileId}`)
    const listed = page.getByTestId(`notice-${noticeId}`)
    await expect(listed.getByText('Not served yet')).toBeVisible()
    await listed.getByRole('link', { name: /Serve/ }).click()
    await expect(page.getByRole('heading', { name: 'Serve a notice' })).toBeVisible()
    await expectAccessible(page)

    await page.getByLabel('Where did you serve it?').fill('Outside the Copper Kettle, Market Street')
    await expect(page.getByLabel('They signed')).toBeChecked()
    await drawSignature(page)
    await expect(page.getByRole('img', { name: /signed$/ })).toBeVisible()
    await page.getByRole('button', { name: 'Record that the notice was served' }).click()
    await expect(page.getByText('Notice served and recorded.')).toBeVisible()

    const download = page.waitForEvent('download')
    await page.getByRole('link', { name: 'Download the signed notice (PDF)' }).click()
    const file = await download
    expect(file.suggestedFilename()).toBe(`exclusion-notice-${noticeId}-served.pdf`)
    const signed = await fetchPdf(page, `/notices/${noticeId}/pdf`)
    expect(signed).toMatchObject({ status: 200, type: 'application/pdf', start: '%PDF-' })
    expect(signed.cache).toContain('no-store')

    await page.goto(`/offenders/${profileId}`)
    await expect(listed.getByText(/Served .*, signed/)).toBeVisible()
    await expect(listed.getByRole('link', { name: /Serve/ })).toHaveCount(0)
  } finally {
    await context.close()
  }
})

test('shop staff see no notices on the profile and cannot download one', async ({ page }) => {
  await signInAndWait(page, 'member@ntars.test')
  await page.goto(`/offenders/${profileId}`)
  await expect(page.getByRole('heading', { name: `${name} Example` })).toBeVisible()
  await expect(page.getByRole('heading', { name: /^Notices/ })).toHaveCount(0)
  expect((await fetchPdf(page, `/notices/${noticeId}/pdf`)).status).toBe(404)
})
