import { randomUUID } from 'node:crypto'
import { devices, expect, type Page, test } from '@playwright/test'
import sharp from 'sharp'
import { signInAndWait, staffToken } from './helpers'

// The installed app on a phone behind a till (docs/offline-app.md).
test.use({ ...devices['Pixel 7'], serviceWorkers: 'allow' })
test.describe.configure({ mode: 'serial' })

/** Waits until the service worker is installed, active and in control of this page. */
const untilControlled = async (page: Page) => {
  await expect
    .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker?.controller)), { timeout: 30_000 })
    .toBe(true)
}

/** The page's build files the worker has not cached yet (it fetches them after the page tells it). */
const buildFilesNotKept = (page: Page) =>
  page.evaluate(async () => {
    const kept = (await (await caches.open('ntars-static')).keys()).map(
      (request) => new URL(request.url).pathname,
    )
    return [...document.querySelectorAll<HTMLScriptElement | HTMLLinkElement>('script[src], link[href]')]
      .map((element) => new URL('src' in element ? element.src : element.href).pathname)
      .filter((path) => path.startsWith('/_next/static/') && !kept.includes(path))
  })

const memberCaches = (page: Page) =>
  page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith('ntars-member-')))

/** The reports holding this exact description, read as scheme staff through the REST API. */
const reportsDescribed = async (page: Page, description: string) => {
  const headers = await staffToken(page)
  const query = new URLSearchParams({ 'where[description][equals]': description, depth: '0', limit: '10' })
  const response = await page.request.get(`/api/incidents?${query}`, { headers })
  expect(response.status()).toBe(200)
  return ((await response.json()) as { docs: { evidence?: number[] | null }[] }).docs
}

test('the members’ area meets the install criteria: a valid manifest with icons, and a worker in control', async ({
  page,
}) => {
  await signInAndWait(page, 'member2@ntars.test')
  const href = await page.locator('link[rel="manifest"]').getAttribute('href')
  expect(href).toMatch(/^\/site\.webmanifest/)
  const manifest = await (await page.request.get(href ?? '')).json()
  expect(manifest).toMatchObject({ display: 'standalone', start_url: '/report', scope: '/' })
  expect(manifest.name).toBeTruthy()
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i)
  const icons = manifest.icons as { src: string; sizes: string; purpose: string }[]
  expect(icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual(
    expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
  )
  for (const icon of icons) {
    const response = await page.request.get(icon.src)
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toBe('image/png')
  }
  await expect(
    page.locator('meta[name="apple-mobile-web-app-capable"], meta[name="mobile-web-app-capable"]'),
  ).not.toHaveCount(0)
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveCount(1)
  await untilControlled(page)
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)
  expect(new URL(scope).pathname).toBe('/')
})

test('a report filed with no signal waits on the phone with its photo, and is sent once when the signal returns', async ({
  page,
  context,
}) => {
  const description = `Took two phone chargers from the stand (queued ${randomUUID()}).`
  await signInAndWait(page, 'member2@ntars.test')
  await untilControlled(page)
  await page.goto('/report')
  await page.getByText('Theft', { exact: true }).click()
  await page.getByLabel('What happened?').fill(description)
  const photo = await sharp({ create: { width: 320, height: 240, channels: 3, background: '#557733' } })
    .jpeg()
    .toBuffer()
  await page
    .getByLabel('Photos (optional)')
    .setInputFiles({ name: 'stand.jpg', mimeType: 'image/jpeg', buffer: photo })

  // A phone that opened the form a moment ago has its scripts; wait for the same here.
  await expect.poll(() => buildFilesNotKept(page)).toEqual([])
  await context.setOffline(true)
  await page.getByRole('button', { name: 'Send report' }).click()
  await expect(page.getByRole('status')).toContainText('waiting to send')

  // Still no signal: the page opens from the phone, and the report is still waiting, photo and all.
  await page.reload()
  const waiting = page.getByRole('region', { name: 'Waiting to send' })
  await expect(waiting).toContainText(description.slice(0, 60))
  await expect(waiting).toContainText('1 photo')

  await context.setOffline(false)
  await expect(page.getByRole('status')).toContainText(/has been sent\. Its reference is NT-\d{6}/)
  await expect(waiting).toHaveCount(0)
  const filed = await reportsDescribed(page, description)
  expect(filed).toHaveLength(1)
  expect(filed[0]?.evidence ?? []).toHaveLength(1)

  // Opened again with a signal: nothing is sent a second time.
  await page.reload()
  await expect(page.getByLabel('What happened?')).toBeVisible()
  expect(await reportsDescribed(page, description)).toHaveLength(1)
})

test('the gallery a member opened is readable offline, and its copy is gone when they sign out', async ({
  page,
  context,
}) => {
  await signInAndWait(page, 'member@ntars.test')
  await untilControlled(page)
  await page.goto('/offenders')
  const heading = page.getByRole('heading', { name: 'Offender gallery' })
  await expect(heading).toBeVisible()
  const firstProfile = page.locator('main ul li a').first()
  const profileUrl = await firstProfile.getAttribute('href')
  await page.goto(profileUrl ?? '/offenders')
  const profileHeading = await page.locator('main h1').first().textContent()
  await expect.poll(() => memberCaches(page)).toHaveLength(1)

  await context.setOffline(true)
  await page.goto('/offenders')
  await expect(heading).toBeVisible()
  await page.goto(profileUrl ?? '/offenders')
  await expect(page.locator('main h1').first()).toHaveText(profileHeading ?? '')
  // A page never opened has no copy: the offline page says what works instead.
  await page.goto('/reports')
  await expect(page.getByRole('heading', { name: 'No signal', exact: true })).toBeVisible()

  await context.setOffline(false)
  await page.goto('/members')
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page).toHaveURL(/\/sign-in/)
  await expect.poll(() => memberCaches(page)).toEqual([])

  // Offline again, signed out: the gallery is not on the phone any more.
  await context.setOffline(true)
  await page.goto('/offenders')
  await expect(page.getByRole('heading', { name: 'No signal', exact: true })).toBeVisible()
  await context.setOffline(false)
})
