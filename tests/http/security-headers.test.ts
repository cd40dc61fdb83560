/**
 * Security headers on every kind of route of the built app (docs/security.md), and the attributes of the
 * cookies the sign-in responses set. The app runs as `next start` over http://127.0.0.1: cookies are not
 * Secure and carry no `__Host-` prefix there (see lib/security/secureCookies.ts).
 */
import { createHash } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { baseUrl, demoPassword, signIn } from '../helpers/http'
import { memberSignIn } from '../helpers/memberSession'
import { enrolStaffWithKnownSecret } from '../helpers/staffSecondFactor'
import { submitStaffSignIn } from '../helpers/staffSignInOverHttp'

let memberCookie: string
let memberJwt: Record<string, string>
let admin: Record<string, string>

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${baseUrl()}${path}`, { headers, redirect: 'manual' })

const cspOf = (response: Response) => response.headers.get('content-security-policy') ?? ''
const directive = (csp: string, name: string) =>
  csp
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name} `)) ?? ''

/** A response may carry several policies (browsers enforce each); fetch joins them with ", ". */
const policiesOf = (response: Response) => cspOf(response).split(/,\s*/).filter(Boolean)
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`

/** A prerendered page: one policy lists exactly the hashes of the page's own inline scripts. */
const expectHashPolicyPage = async (response: Response) => {
  const hashPolicy = policiesOf(response).find((policy) => /'sha256-/.test(policy))
  expect(hashPolicy, cspOf(response)).toBeDefined()
  const scripts = directive(hashPolicy ?? '', 'script-src')
  expect(scripts).not.toContain("'unsafe-inline'")
  expect(scripts).not.toMatch(/https?:|\*/)
  const html = await response.text()
  const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter((match) => !/\ssrc=/.test(` ${match[1]}`))
    .map((match) => sha256(match[2] ?? ''))
  expect(inline.length).toBeGreaterThan(0)
  expect(new Set(scripts.split(' ').slice(2))).toEqual(new Set(inline))
}

const expectEverywhereHeaders = (response: Response) => {
  expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
  expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d{7,}/)
  expect(response.headers.get('permissions-policy')).toMatch(/microphone=\(\)/)
  expect(response.headers.get('permissions-policy')).toMatch(/geolocation=\(\)/)
}

/** A per-request nonce as lib/security/secureResponse.ts makes it: a random UUID, base64-encoded. */
const expectFreshNonce = (nonce: string | undefined) => {
  expect(nonce).toMatch(/^[A-Za-z0-9+/]{48}$/)
  expect(Buffer.from(nonce as string, 'base64').toString()).toMatch(
    /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
  )
}

/** A page rendered per request: a fresh nonce on every script and no inline script without it. */
const expectNoncePage = async (response: Response) => {
  const csp = cspOf(response)
  const scripts = directive(csp, 'script-src')
  const nonce = /'nonce-([^']+)'/.exec(scripts)?.[1]
  expectFreshNonce(nonce)
  expect(scripts).toContain("'strict-dynamic'")
  expect(scripts).not.toContain("'unsafe-inline'")
  expect(directive(csp, 'frame-ancestors')).toBe("frame-ancestors 'none'")
  expect(response.headers.get('x-frame-options')).toBe('DENY')
  expect(response.headers.get('cache-control')).toMatch(/no-store/)
  const html = await response.text()
  const tags = html.match(/<script\b[^>]*>/g) ?? []
  expect(tags.length).toBeGreaterThan(0)
  for (const tag of tags) expect(tag, tag).toContain(`nonce="${nonce}"`)
}

beforeAll(async () => {
  const signedIn = await memberSignIn('member@ntars.test', demoPassword)
  expect(signedIn.response.status).toBe(302)
  memberCookie = signedIn.cookie
  memberJwt = await signIn('members', 'member@ntars.test')
  admin = await signIn('users', 'admin@ntars.test')
})

describe('public pages', () => {
  for (const path of ['/', '/privacy', '/campaigns', '/news', '/support']) {
    it(`${path} is prerendered, may be framed only by this site, and runs scripts only from this site`, async () => {
      const response = await get(path)
      expect(response.status).toBe(200)
      expectEverywhereHeaders(response)
      // Served from the prerender cache, not rendered for this request: Next says HIT (or STALE while it
      // renders a fresh copy in the background), or marks a prerendered answer.
      expect(response.headers.get('x-nextjs-cache') ?? response.headers.get('x-nextjs-prerender')).toMatch(
        /^(HIT|STALE|1)$/,
      )
      const [sitePolicy] = policiesOf(response)
      expect(directive(sitePolicy ?? '', 'object-src')).toBe("object-src 'none'")
      expect(directive(sitePolicy ?? '', 'frame-ancestors')).toBe("frame-ancestors 'self'")
      expect(response.headers.get('permissions-policy')).toMatch(/camera=\(\)/)
      await expectHashPolicyPage(response)
    })
  }

  it('a page not known at build (a 404) still runs only its own inline scripts', async () => {
    const response = await get('/campaigns/no-such-campaign')
    expect(response.status).toBe(404)
    await expectHashPolicyPage(response)
  })

  it('the join form, rendered per request, gets a nonce policy', async () => {
    const response = await get('/join')
    expect(response.status).toBe(200)
    await expectNoncePage(response)
  })
})

describe('members’ area', () => {
  it('a signed-in page gets a nonce policy, no-store and no framing', async () => {
    const response = await get('/members', { Cookie: memberCookie })
    expect(response.status).toBe(200)
    expectEverywhereHeaders(response)
    await expectNoncePage(response)
  })

  it('a new nonce on every request', async () => {
    const nonces = await Promise.all(
      [1, 2].map(async () => /'nonce-([^']+)'/.exec(cspOf(await get('/sign-in')))?.[1]),
    )
    expectFreshNonce(nonces[0])
    expectFreshNonce(nonces[1])
    expect(nonces[0]).not.toBe(nonces[1])
  })

  it('only the report form may use the camera', async () => {
    const report = await get('/report', { Cookie: memberCookie })
    expect(report.status).toBe(200)
    expect(report.headers.get('permissions-policy')).toMatch(/camera=\(self\)/)
    await expectNoncePage(report)
    expect((await get('/reports', { Cookie: memberCookie })).headers.get('permissions-policy')).toMatch(
      /camera=\(\)/,
    )
  })

  it('the sign-in page, signed out, is strict too', async () => {
    const response = await get('/sign-in')
    expect(response.status).toBe(200)
    await expectNoncePage(response)
  })
})

describe('admin and staff pages', () => {
  it('the staff sign-in page gets a nonce policy and no-store', async () => {
    const response = await get('/staff/sign-in')
    expect(response.status).toBe(200)
    expectEverywhereHeaders(response)
    await expectNoncePage(response)
  })

  it('the admin may not be framed or cached, even on its way to sign-in', async () => {
    const response = await get('/admin')
    expectEverywhereHeaders(response)
    expect(directive(cspOf(response), 'frame-ancestors')).toBe("frame-ancestors 'none'")
    expect(response.headers.get('cache-control')).toMatch(/no-store/)
  })
})

describe('API and files', () => {
  it('API responses with personal data are never stored and run nothing', async () => {
    for (const [path, headers, status] of [
      ['/api/users/me', admin, 200],
      ['/api/offenders?limit=1', memberJwt, 403],
    ] as const) {
      const response = await get(path, headers)
      expect(response.status, path).toBe(status)
      expectEverywhereHeaders(response)
      expect(response.headers.get('cache-control'), path).toMatch(/no-store/)
      expect(directive(cspOf(response), 'default-src'), path).toBe("default-src 'none'")
    }
  })

  it('evidence files are never stored', async () => {
    const list = await get(
      '/api/evidence?limit=1&depth=0&where[offender.status][equals]=approved&where[offender.safeguarding][equals]=false',
      admin,
    )
    const doc = ((await list.json()) as { docs: { id: number; filename: string }[] }).docs[0]
    expect(doc).toBeDefined()
    const photo = await get(`/photos/${doc?.id}`, { Cookie: memberCookie })
    expect(photo.status).toBe(200)
    expect(photo.headers.get('cache-control')).toMatch(/no-store/)
    expect(photo.headers.get('x-content-type-options')).toBe('nosniff')
    const file = await get(`/api/evidence/file/${doc?.filename}`, admin)
    expect(file.status).toBe(200)
    expect(file.headers.get('cache-control')).toMatch(/no-store/)
  })
})

describe('sign-in cookies', () => {
  it('the members’ session cookie is HttpOnly, SameSite=Lax, whole-site', async () => {
    const { response } = await memberSignIn('member2@ntars.test', demoPassword)
    const session = response.headers
      .getSetCookie()
      .find((cookie) => cookie.startsWith('authjs.session-token='))
    expect(session).toBeDefined()
    expect(session).toMatch(/;\s*HttpOnly/i)
    expect(session).toMatch(/;\s*SameSite=Lax/i)
    expect(session).toMatch(/;\s*Path=\//i)
    expect(session).not.toMatch(/;\s*Domain=/i)
  })

  it('Payload’s token cookie (staff) is HttpOnly and SameSite=Lax', async () => {
    await enrolStaffWithKnownSecret('editor@ntars.test')
    const response = await submitStaffSignIn('editor@ntars.test')
    expect(response.status).toBe(303)
    const token = response.headers.getSetCookie().find((cookie) => cookie.startsWith('payload-token='))
    expect(token).toBeDefined()
    expect(token).toMatch(/;\s*HttpOnly/i)
    expect(token).toMatch(/;\s*SameSite=Lax/i)
    expect(token).toMatch(/;\s*Path=\//i)
  })
})
