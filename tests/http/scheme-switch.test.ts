/**
 * Another BID is only settings: staff switch the scheme's settings to the second demo scheme (Saltmarsh
 * Quay) through the REST API as an admin would in the admin, and no page (public, each member role's, staff
 * sign-in, the admin) and no staff reset email shows any trace of the first scheme: names, town, BID,
 * contacts, report prefix. The favicon, icons and manifest follow the settings too. The default settings
 * are put back afterwards and the purged public pages cached again, so the other tests see what they expect.
 */
import { existsSync, readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoDomain } from '@/seed/accounts'
import { northbrook } from '@/seed/schemes/northbrook'
import { saltmarshQuay } from '@/seed/schemes/saltmarshQuay'
import type { DemoScheme } from '@/seed/schemes/types'
import { baseUrl, demoPassword, signIn } from '../helpers/http'
import { memberSignIn } from '../helpers/memberSession'
import { tracesIn } from '../helpers/schemeTraces'

const first = northbrook.settings
const second = saltmarshQuay.settings
let admin: Record<string, string>
let incidentId: number

const patchSettings = async (data: Record<string, unknown>) => {
  const response = await fetch(`${baseUrl()}/api/globals/scheme-settings`, {
    method: 'POST',
    headers: { ...admin, 'Content-Type': 'application/json' },
    body: JSON.stringify(data),
  })
  expect(response.status, await response.clone().text()).toBe(200)
}

/** Uploads the scheme's logo as staff do (public media) and returns its id. */
const uploadLogo = async (scheme: DemoScheme) => {
  if (!scheme.logo) return null
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(await scheme.logo.draw())], { type: 'image/png' }), 'logo.png')
  form.append('_payload', JSON.stringify({ alt: scheme.logo.alt }))
  const response = await fetch(`${baseUrl()}/api/media`, { method: 'POST', headers: admin, body: form })
  expect(response.status, await response.clone().text()).toBe(201)
  return ((await response.json()) as { doc: { id: number } }).doc.id
}

const applyOverHttp = async (scheme: DemoScheme) =>
  patchSettings({ ...scheme.settings, logo: await uploadLogo(scheme), icon: null })

const page = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${baseUrl()}${path}`, { headers, redirect: 'manual' })
  return { status: response.status, headers: response.headers, html: await response.text() }
}

/** Fetches each path and expects it to show the second scheme and nothing of the first. */
const expectOnlySecondScheme = async (paths: string[], headers: Record<string, string> = {}) => {
  for (const path of paths) {
    const { status, html } = await page(path, headers)
    expect(status, path).toBe(200)
    expect(tracesIn(html, first), path).toEqual([])
    expect(html, path).toContain(second.schemeName)
  }
}

beforeAll(async () => {
  admin = await signIn('users', `admin@${demoDomain}`)
  const incidents = await fetch(`${baseUrl()}/api/incidents?limit=1&depth=0&sort=id`, { headers: admin })
  incidentId = ((await incidents.json()) as { docs: { id: number }[] }).docs[0]?.id ?? 0
  expect(incidentId).toBeGreaterThan(0)
  await applyOverHttp(saltmarshQuay)
}, 60_000)

/**
 * Every public page the sitemap lists, fetched until Next serves it from its cache again: a settings change
 * purges them all, and the tests after this file expect prerendered pages, not ones rendered on their visit.
 */
const warmPublicPages = async () => {
  const sitemap = await (await fetch(`${baseUrl()}/sitemap.xml`)).text()
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (match) => new URL(match[1] ?? '/').pathname,
  )
  for (const path of new Set(['/', ...paths])) {
    for (let tries = 0; tries < 3; tries++) {
      const response = await fetch(`${baseUrl()}${path}`)
      await response.arrayBuffer()
      if (response.headers.get('x-nextjs-cache') === 'HIT') break
    }
  }
}

afterAll(async () => {
  await applyOverHttp(northbrook)
  await warmPublicPages()
}, 120_000)

describe('after switching to the second scheme', () => {
  it('public pages name only the second scheme, in its colours and with its logo', async () => {
    await expectOnlySecondScheme([
      '/',
      '/news',
      '/campaigns',
      '/campaigns/cops-adopt-a-shop',
      '/support',
      '/privacy',
      '/join',
    ])
    const home = await page('/')
    expect(home.html).toContain(second.schemeFullName)
    expect(home.html).toContain('--color-brand:#2ab3a6')
    // A light teal: black text on it reads better than white.
    expect(home.html).toContain('--color-on-brand:#000000')
    // The logo: an image from the public media collection (absolute, from Payload's serverURL).
    expect(home.html).toMatch(/<img[^>]+src="[^"]*\/api\/media\/file\/[^"]+"/)
    expect(home.html).toMatch(/<link rel="manifest" href="\/site.webmanifest\?v=/)
  })

  it('members’ pages for each role name only the second scheme, with its report prefix', async () => {
    const roles: [string, string[]][] = [
      ['member', ['/members', '/reports', '/report', '/account']],
      ['shopmanager', ['/members', '/reports', '/team']],
      ['police', ['/members', '/incidents', '/offenders', `/incidents/${incidentId}`]],
      ['asb', ['/members', '/incidents']],
      ['outreach', ['/members', '/incidents']],
    ]
    for (const [local, paths] of roles) {
      const { cookie, signedIn } = await memberSignIn(`${local}@${demoDomain}`, demoPassword)
      expect(signedIn, local).toBe(true)
      await expectOnlySecondScheme(paths, { Cookie: cookie })
    }
    const police = await memberSignIn(`police@${demoDomain}`, demoPassword)
    const report = await page(`/incidents/${incidentId}`, { Cookie: police.cookie })
    expect(report.html).toContain(`QS-${String(incidentId).padStart(6, '0')}`)
    // A reference printed under the first prefix still finds its report.
    const old = await page(`/incidents/NT-${String(incidentId).padStart(6, '0')}`, { Cookie: police.cookie })
    expect([303, 307, 308]).toContain(old.status)
    expect(old.headers.get('location')).toMatch(new RegExp(`/incidents/${incidentId}$`))
  }, 120_000)

  it('the staff sign-in page and the admin name only the second scheme, title included', async () => {
    await expectOnlySecondScheme(['/staff/sign-in'])
    const adminPaths = [
      '/admin',
      '/admin/collections/incidents',
      '/admin/collections/businesses',
      '/admin/globals/scheme-settings',
      '/admin/outcomes',
    ]
    await expectOnlySecondScheme(adminPaths, admin)
    const dashboard = await page('/admin', admin)
    expect(dashboard.html).toMatch(/<title>[^<]*· QuaySafe admin<\/title>/)
  }, 120_000)

  it('the staff password reset email names only the second scheme', async () => {
    const email = `editor@${demoDomain}`
    const response = await fetch(`${baseUrl()}/api/users/forgot-password`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email }),
    })
    expect(response.status).toBe(200)
    let mail: { to: string[]; subject: string; html: string } | undefined
    for (let tries = 0; tries < 50 && !mail; tries++) {
      const file = process.env.NTARS_TEST_MAILBOX
      const mails = file && existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : []
      mail = mails
        .map((line) => JSON.parse(line) as { to: string[]; subject: string; html: string })
        .reverse()
        .find((each) => each.to.includes(email) && each.subject.includes(second.schemeName))
      if (!mail) await new Promise((resolve) => setTimeout(resolve, 200))
    }
    expect(mail?.subject).toBe('Your QuaySafe admin password')
    expect(tracesIn(`${mail?.subject}\n${mail?.html}`, first)).toEqual([])
  })

  it('the favicon, icons and manifest are made from the second scheme, cached by settings version', async () => {
    const manifest = await page('/site.webmanifest')
    expect(manifest.headers.get('content-type')).toBe('application/manifest+json')
    const body = JSON.parse(manifest.html) as {
      name: string
      short_name: string
      theme_color: string
      icons: { src: string }[]
    }
    expect(body).toMatchObject({
      name: second.schemeFullName,
      short_name: second.schemeName,
      theme_color: '#2ab3a6',
    })
    // Asked for without a version (as browsers ask for /favicon.ico): an hour; with the current one: a year.
    const favicon = await fetch(`${baseUrl()}/favicon.ico`)
    expect(favicon.status).toBe(200)
    expect(favicon.headers.get('content-type')).toBe('image/x-icon')
    expect(favicon.headers.get('cache-control')).toBe('public, max-age=3600')
    const versioned = body.icons[0]?.src ?? ''
    const icon = await fetch(`${baseUrl()}${versioned}`)
    expect(icon.headers.get('content-type')).toBe('image/png')
    expect(icon.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    const again = await fetch(`${baseUrl()}${versioned}`, {
      headers: { 'If-None-Match': icon.headers.get('etag') ?? '' },
    })
    expect(again.status).toBe(304)
  })
})

describe('after switching back', () => {
  it('the pages and icons follow at once: settings purge the cached pages, and the icon address changes', async () => {
    const before = await page('/')
    const iconBefore = /href="(\/favicon\.ico\?v=[^"]+)"/.exec(before.html)?.[1]
    await applyOverHttp(northbrook)
    const after = await page('/')
    expect(tracesIn(after.html, second)).toEqual([])
    expect(after.html).toContain(first.schemeName)
    const iconAfter = /href="(\/favicon\.ico\?v=[^"]+)"/.exec(after.html)?.[1]
    expect(iconAfter).toBeTruthy()
    expect(iconAfter).not.toBe(iconBefore)
    // No logo now: the built-in shield, still a favicon.
    const favicon = await fetch(`${baseUrl()}${iconAfter}`)
    expect(favicon.status).toBe(200)
    expect(Buffer.from(await favicon.arrayBuffer()).readUInt16LE(2)).toBe(1)
  })
})
