import { devices, expect, test } from '@playwright/test'
import sharp from 'sharp'
import { expectAccessible, password, signIn, signInAndWait, staffToken } from './helpers'

// Members use the area on a phone behind a till.
test.use({ ...devices['Pixel 7'] })
test.describe.configure({ mode: 'serial' })

let reportUrl = ''
let reference = ''

test('a member signs in, reports a theft with a photo and a known offender, and sees it in My reports', async ({
  page,
}) => {
  await signInAndWait(page, 'member@ntars.test')
  await expectAccessible(page)
  await page.getByRole('link', { name: 'Report', exact: true }).first().click()
  await expect(page.getByRole('heading', { name: 'Report an incident' })).toBeVisible()
  await expectAccessible(page)

  await page.getByText('Theft', { exact: true }).click()
  await page.getByLabel('What happened?').fill('Took two bottles of gin from the shelf by the door.')
  const photo = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#445566' } })
    .jpeg()
    .toBuffer()
  await page
    .getByLabel('Photos (optional)')
    .setInputFiles({ name: 'till-cam.jpg', mimeType: 'image/jpeg', buffer: photo })
  await page.getByLabel(/Someone from the gallery/).fill('a')
  await page.getByRole('button', { name: 'Search' }).click()
  const firstCard = page.locator('button[aria-pressed]').first()
  await expect(firstCard).toBeVisible()
  await firstCard.click()
  await expect(firstCard).toHaveAttribute('aria-pressed', 'true')
  await page.getByRole('button', { name: 'Send report' }).click()

  const status = page.getByRole('status')
  await expect(status).toContainText('Report sent')
  reference = (await status.locator('strong').first().textContent()) ?? ''
  expect(reference).toMatch(/^NT-\d{6}$/)

  await page.getByRole('link', { name: 'My reports' }).last().click()
  const item = page.getByRole('link', { name: new RegExp(reference) })
  await expect(item).toBeVisible()
  await expectAccessible(page)
  await item.click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText(reference)
  await expect(page.getByRole('img', { name: /Evidence \d+ from this report/ })).toBeVisible()
  reportUrl = new URL(page.url()).pathname
})

test('another business’s member cannot open the report, even by its URL', async ({ page }) => {
  expect(reportUrl).toMatch(/^\/incidents\/\d+$/)
  await signInAndWait(page, 'member2@ntars.test')
  const response = await page.goto(reportUrl)
  expect(response?.status()).toBe(404)
  await expect(page.getByText(reference)).toHaveCount(0)
})

test('the gallery shows approved profiles only', async ({ page }) => {
  const headers = await staffToken(page)
  const gallery = await page.request.get(
    '/api/offenders?limit=0&where[status][equals]=approved&where[safeguarding][equals]=false',
    { headers },
  )
  const { totalDocs } = (await gallery.json()) as { totalDocs: number }
  await signInAndWait(page, 'member@ntars.test')
  await page.goto('/offenders')
  await expect(page.getByText(`${totalDocs} profiles`)).toBeVisible()
  await expectAccessible(page)
})

test('a profile’s pattern of offending matches its incidents', async ({ page }) => {
  await signInAndWait(page, 'police@ntars.test')
  await page.goto('/offenders?recent=90')
  await page.locator('main ul li a').first().click()
  await expect(page.getByRole('heading', { name: 'Pattern of offending' })).toBeVisible()
  const listed = Number(
    (await page.getByRole('heading', { name: /Latest incidents you can see/ }).textContent())?.match(
      /\((\d+)\)/,
    )?.[1],
  )
  const id = new URL(page.url()).pathname.split('/').pop()
  const headers = await staffToken(page)
  const linked = await page.request.get(`/api/incidents?limit=0&where[offenders][contains]=${id}`, {
    headers,
  })
  const { totalDocs } = (await linked.json()) as { totalDocs: number }
  expect(listed).toBe(totalDocs)
  await expect(page.getByText(new RegExp(`^${totalDocs} incidents? `))).toBeVisible()
  await expectAccessible(page)
})

test('police add a crime number to a report', async ({ page }) => {
  await signInAndWait(page, 'police@ntars.test')
  await page.goto(reportUrl)
  await page.getByLabel('Crime reference').fill('NB/77001/26')
  await page.getByLabel('Outcome').selectOption('arrest')
  await page.getByRole('button', { name: 'Save police details' }).click()
  await expect(page.getByText('Saved.')).toBeVisible()
  await page.reload()
  await expect(page.getByText('NB/77001/26').first()).toBeVisible()
})

test('outreach sees welfare concerns and never the gallery', async ({ page }) => {
  await signInAndWait(page, 'outreach@ntars.test')
  const nav = page.getByRole('navigation', { name: 'Members' })
  await expect(nav.getByRole('link', { name: 'Welfare concerns' })).toBeVisible()
  await expect(nav.getByRole('link', { name: 'Gallery' })).toHaveCount(0)
  await page.goto('/incidents')
  const types = await page.locator('main ul li a span.font-semibold').allTextContents()
  expect(types.length).toBeGreaterThan(0)
  expect(new Set(types)).toEqual(new Set(['Welfare concern']))
  await page.goto('/offenders')
  await expect(page).toHaveURL(/\/members\?denied=1/)
})

test('a locked-out account cannot sign in', async ({ page }) => {
  const headers = await staffToken(page)
  const business = await page.request.get('/api/businesses?where[slug][equals]=lantern-books&limit=1', {
    headers,
  })
  const businessId = ((await business.json()) as { docs: { id: number }[] }).docs[0]?.id
  const email = `lockout-${Date.now()}@ntars.test`
  const created = await page.request.post('/api/members', {
    headers,
    data: { email, name: 'Lockout Test', role: 'member', business: businessId, password },
  })
  expect(created.status()).toBe(201)
  for (let attempt = 0; attempt < 5; attempt++) {
    await signIn(page, email, 'a-wrong-password')
    await expect(page.locator('main [role=alert]')).toBeVisible()
  }
  await signIn(page, email, password)
  await expect(page.locator('main [role=alert]')).toContainText('locked')
  await expect(page).toHaveURL(/\/sign-in/)
})

test('signing out ends the session', async ({ page }) => {
  await signInAndWait(page, 'member@ntars.test')
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page).toHaveURL(/\/sign-in/)
  await page.goto('/reports')
  await expect(page).toHaveURL(/\/sign-in/)
})

test('briefings highlight alerts and take RSVPs', async ({ page }) => {
  await signInAndWait(page, 'member2@ntars.test')
  await page.goto('/briefings')
  await expect(page.getByRole('heading', { name: 'Alerts' })).toBeVisible()
  await expectAccessible(page)
  await page.getByRole('link', { name: 'Retail crime briefing for businesses' }).click()
  await page.getByRole('button', { name: 'I’ll be there' }).click()
  await expect(page.getByText('You are going.')).toBeVisible()
})
