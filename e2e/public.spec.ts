import { type APIRequestContext, expect, test } from '@playwright/test'
import {
  expectAccessible,
  expectOwnScriptsRanUnblocked,
  recordCspViolations,
  signInAndWait,
  staffToken,
} from './helpers'

type List<T> = { docs: T[]; totalDocs: number }
type Campaign = { id: number; slug: string; summary: string }
type Officer = { name: string; collarNumber?: string | null }
type Shop = { name: string; officerPublicName?: string | null; adoptingOfficer?: Officer | number | null }
type Briefing = {
  title: string
  slug: string
  event?: { startsAt?: string | null; place?: string | null } | null
}

const adoptedPath = '/campaigns/cops-adopt-a-shop'
const months = (count: number) => (count === 1 ? '1 month' : `${count} months`)
const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const getJson = async <T>(request: APIRequestContext, url: string, headers?: Record<string, string>) => {
  const response = await request.get(url, { headers })
  expect(response.ok(), `${url} answered ${response.status()}`).toBe(true)
  return (await response.json()) as T
}

/** The seeded Cops Adopt A Shop campaign as staff see it. */
const copsAdoptAShop = async (request: APIRequestContext, staff: Record<string, string>) => {
  const { docs } = await getJson<List<Campaign>>(
    request,
    '/api/campaigns?where[slug][equals]=cops-adopt-a-shop&limit=1&depth=0',
    staff,
  )
  const campaign = docs[0]
  if (!campaign) throw new Error('The seeded Cops Adopt A Shop campaign is missing')
  return campaign
}

test('Cops Adopt A Shop lists every adopted shop with its officer’s first name, and how many', async ({
  page,
  request,
}) => {
  const staff = await staffToken(page)
  await page.context().clearCookies() // the token travels in a header; the browser stays a member of the public
  // Staff can ask for "adopted and active"; the public may not query membership status at all, and the
  // access rules add "active" for them. Both must agree, and so must the page.
  const active = await getJson<List<Shop>>(
    request,
    '/api/businesses?where[isAdopted][equals]=true&where[membershipStatus][equals]=active&limit=0&depth=1',
    staff,
  )
  const seenByPublic = await getJson<List<Shop>>(
    request,
    '/api/businesses?where[isAdopted][equals]=true&limit=0&depth=0&sort=name',
  )
  expect(seenByPublic.totalDocs).toBe(active.totalDocs)
  expect(active.totalDocs).toBeGreaterThan(0)

  await page.goto(adoptedPath)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cops Adopt A Shop')
  await expect(page.getByText(`${active.totalDocs} shops have a named officer`)).toBeVisible()
  const region = page.getByRole('region', { name: 'Adopted shops' })
  // Every shop is on the page, in its street's (closed) group.
  await expect(region.locator('details li')).toHaveCount(active.totalDocs)
  const shopItem = (name: string) =>
    region.locator('details li').filter({ has: page.getByText(name, { exact: true }) })
  const search = region.getByRole('searchbox', { name: 'Find a shop' })
  for (const shop of [
    ...seenByPublic.docs.slice(0, 5),
    { name: 'Copper Kettle Café', officerPublicName: 'PC Robin' },
  ]) {
    // Retried until the page has started, since typing before then is not yet read by the search.
    await expect(async () => {
      await search.fill(shop.name)
      await expect(shopItem(shop.name)).toBeVisible({ timeout: 1000 })
    }).toPass()
    await expect(shopItem(shop.name)).toContainText(`Officer: ${shop.officerPublicName}`)
  }

  // Nothing else about the officers reaches the page, not even in the data React sends along with it.
  const html = await page.content()
  expect(html).not.toMatch(/\bNB\d{3,}\b/)
  for (const shop of active.docs) {
    const officer = typeof shop.adoptingOfficer === 'object' ? shop.adoptingOfficer : null
    if (!officer) continue
    if (officer.collarNumber) expect(html).not.toContain(officer.collarNumber)
    const surname = officer.name.trim().split(/\s+/).at(-1) ?? ''
    if (surname && !(shop.officerPublicName ?? '').split(' ').includes(surname)) {
      expect(html, `surname of ${shop.name}’s officer`).not.toMatch(
        new RegExp(`\\b${escapeRegExp(surname)}\\b`),
      )
    }
  }
  await expect(page.getByRole('link', { name: 'Apply to join the scheme' })).toHaveAttribute('href', '/join')
})

test('a campaign change staff publish shows on the public page at the next load', async ({
  page,
  request,
}) => {
  const staff = await staffToken(page)
  await page.context().clearCookies()
  await recordCspViolations(page)
  const campaign = await copsAdoptAShop(request, staff)
  await page.goto(adoptedPath) // the prerendered page, before the change
  await expect(page.getByText(campaign.summary)).toBeVisible()
  await expectOwnScriptsRanUnblocked(page)
  const summary = `Changed by the browser test at ${Date.now()}.`
  try {
    const published = await request.patch(`/api/campaigns/${campaign.id}`, {
      headers: staff,
      data: { summary, _status: 'published' },
    })
    expect(published.ok()).toBe(true)
    await page.goto(adoptedPath)
    await expect(page.getByText(summary)).toBeVisible()
    // The regenerated page carries the hashes of its new inline scripts, not the old ones.
    await expectOwnScriptsRanUnblocked(page)
  } finally {
    await request.patch(`/api/campaigns/${campaign.id}`, {
      headers: staff,
      data: { summary: campaign.summary, _status: 'published' },
    })
  }
})

test('prerendered public pages run their own inline scripts and refuse any other', async ({ page }) => {
  await recordCspViolations(page)
  for (const path of ['/', adoptedPath, '/campaigns', '/news', '/support', '/privacy']) {
    await page.goto(path)
    await expectOwnScriptsRanUnblocked(page)
  }
  // A script injected into the page (as a cross-site scripting flaw would) is refused by the hash policy.
  await page.evaluate(() => {
    const script = document.createElement('script')
    script.textContent = 'window.__injected = true'
    document.body.append(script)
  })
  await expect.poll(() => page.evaluate(() => window.__cspViolations?.length ?? 0)).toBeGreaterThan(0)
  expect(await page.evaluate(() => (window as Window & { __injected?: boolean }).__injected)).toBeUndefined()
})

test('staff preview a saved draft of a campaign while the public still sees the published page', async ({
  page,
  request,
}) => {
  const staff = await staffToken(page) // also signs this browser in to the admin, as live preview expects
  const campaign = await copsAdoptAShop(request, staff)
  const draft = `A draft from the browser test at ${Date.now()}.`
  try {
    const saved = await request.patch(`/api/campaigns/${campaign.id}?draft=true`, {
      headers: staff,
      data: { summary: draft },
    })
    expect(saved.ok()).toBe(true)
    const publicHtml = await (await request.get(adoptedPath)).text()
    expect(publicHtml).not.toContain(draft)

    await page.goto('/preview?slug=cops-adopt-a-shop')
    await expect(page).toHaveURL(/\/campaigns\/cops-adopt-a-shop$/)
    await expect(page.getByRole('region', { name: 'Draft preview' })).toBeVisible()
    await expect(page.getByText(draft)).toBeVisible()
    await page.getByRole('link', { name: 'Leave preview' }).click()
    await expect(page.getByText(campaign.summary)).toBeVisible()
    await expect(page.getByRole('region', { name: 'Draft preview' })).toHaveCount(0)
  } finally {
    await request.patch(`/api/campaigns/${campaign.id}`, {
      headers: staff,
      data: { summary: campaign.summary, _status: 'published' },
    })
  }
})

test('the preview address turns draft mode on for staff only', async ({ page }) => {
  const anonymous = await page.request.get('/preview?slug=cops-adopt-a-shop', { maxRedirects: 0 })
  expect(anonymous.status()).toBe(401)
  expect(anonymous.headers()['set-cookie'] ?? '').not.toContain('__prerender_bypass')

  // A member signed in to the members' area (members get no Payload token: the member door).
  await signInAndWait(page, 'member@ntars.test')
  const member = await page.request.get('/preview?slug=cops-adopt-a-shop', { maxRedirects: 0 })
  expect(member.status()).toBe(401)
  expect(member.headers()['set-cookie'] ?? '').not.toContain('__prerender_bypass')
})

test('a public event page shows when (in UK time) and where', async ({ page, request }) => {
  const { docs } = await getJson<List<Briefing>>(
    request,
    '/api/briefings?where[kind][equals]=event&sort=-publishedAt&limit=1&depth=0',
  )
  const event = docs[0]
  if (!event?.event?.startsAt || !event.event.place) throw new Error('No public event with a date and place')
  const day = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(event.event.startsAt))

  await page.goto(`/news/${event.slug}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.title)
  await expect(page.locator('time', { hasText: day })).toBeVisible()
  await expect(page.getByText('(UK time)')).toBeVisible()
  await expect(page.getByText(event.event.place, { exact: true })).toBeVisible()
  await expectAccessible(page)
})

test('the news page lists the latest public news first and links to it', async ({ page, request }) => {
  const { docs } = await getJson<List<Briefing>>(request, '/api/briefings?sort=-publishedAt&limit=1&depth=0')
  const latest = docs[0]
  if (!latest) throw new Error('No public news')
  await page.goto('/news')
  const first = page.getByRole('main').getByRole('listitem').first()
  await expect(first).toContainText(latest.title)
  await first.getByRole('link', { name: latest.title }).click()
  await expect(page).toHaveURL(new RegExp(`/news/${latest.slug}$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(latest.title)
})

test('the home page links to its campaigns and news', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('heading', { name: 'Cops Adopt A Shop' }).getByRole('link').click()
  await expect(page).toHaveURL(/\/campaigns\/cops-adopt-a-shop$/)
  await page.goto('/')
  const news = page
    .getByRole('region', { name: 'Latest news' })
    .getByRole('listitem')
    .first()
    .getByRole('heading')
  const title = (await news.textContent())?.trim() ?? ''
  await news.getByRole('link').click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
})

test('the privacy notice quotes the periods in the scheme settings', async ({ page, request }) => {
  const settings = await getJson<{
    bidName: string
    retention: { galleryMonths: number; reviewMonths: number; incidentMonths: number }
    exclusions: { durationMonths: number; appealAfterMonths: number }
  }>(request, '/api/globals/scheme-settings?depth=0')
  await page.goto('/privacy')
  const main = page.getByRole('main')
  await expect(main).toContainText(settings.bidName)
  await expect(main).toContainText('Article 6(1)(f)')
  await expect(main).toContainText('Schedule 1')
  await expect(main).toContainText(`leaves the gallery ${months(settings.retention.galleryMonths)} after`)
  await expect(main).toContainText(`review period of ${months(settings.retention.reviewMonths)}`)
  await expect(main).toContainText(`anonymised ${months(settings.retention.incidentMonths)} after`)
  await expect(main).toContainText(`lasts ${months(settings.exclusions.durationMonths)}`)
  await expect(main).toContainText(`appeal after ${months(settings.exclusions.appealAfterMonths)}`)
  await expect(main).toContainText('within one month')
})

test('no serious accessibility violation on the public pages', async ({ page }) => {
  for (const path of ['/', adoptedPath, '/campaigns', '/news', '/support', '/support/housing', '/privacy']) {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expectAccessible(page)
  }
})

test('the sitemap lists the campaign and robots.txt keeps crawlers out of private areas', async ({
  request,
}) => {
  const sitemap = await request.get('/sitemap.xml')
  expect(sitemap.ok()).toBe(true)
  const xml = await sitemap.text()
  expect(xml).toContain('/campaigns/cops-adopt-a-shop</loc>')
  expect(xml).toContain('/privacy</loc>')
  const robots = await (await request.get('/robots.txt')).text()
  expect(robots).toContain('Disallow: /admin')
  expect(robots).toContain('Disallow: /api')
  expect(robots).toContain('Disallow: /members')
})

test('an unknown campaign answers 404 with a helpful page', async ({ page }) => {
  const response = await page.goto('/campaigns/no-such-campaign')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We can’t find that page')
})
