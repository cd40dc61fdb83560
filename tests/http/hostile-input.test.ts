/**
 * Hostile requests against the built app: Payload's `where`, `sort`, `depth`, `select`, `limit` and `page`
 * from the public and a member on every collection, wrong types, fake images and 50 MB bodies. Every one
 * gets an answer below 500 with no stack trace, learns nothing it may not see, and writes nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { htmlPretendingToBeJpeg, svgImage } from '../helpers/hostileCorpus'
import { baseUrl, getJson, signIn } from '../helpers/http'

const collections = [
  'users',
  'members',
  'businesses',
  'incidents',
  'recognitions',
  'offenders',
  'evidence',
  'shop-visits',
  'media',
  'campaigns',
  'briefings',
  'event-rsvps',
  'support-services',
  'subject-requests',
  'audit-log',
  'rate-limits',
  'payload-jobs',
  'payload-preferences',
  'payload-locked-documents',
]

/** Query strings that try to read, sort or filter on secrets, or to make the server work too hard. */
const probes = [
  'where[hash][exists]=true',
  'where[salt][like]=a',
  'where[resetPasswordToken][exists]=true',
  'where[email][like]=%25',
  'where[reporter.email][like]=%25',
  'where[secondFactor.secret][exists]=true',
  'where[policeNotes][exists]=true',
  'where[or][0][and][0][safeguarding][equals]=true',
  'where[id][in]=1,2);DROP TABLE incidents;--',
  "where[name][equals]=x' OR '1'='1",
  'where[[[=1',
  'where=1 OR 1=1',
  'sort=hash',
  'sort=-salt,reporter.email',
  'sort=policeNotes',
  'depth=1000',
  'depth=-1',
  'select[hash]=true&select[salt]=true&select[secondFactor]=true',
  'limit=99999999&page=-3',
  'limit=abc&page=NaN',
  'joins[incidents][limit]=100000',
  'populate[members][hash]=true',
]

/**
 * A secret's value in a response (an error may name the field it refused; it must never show a value).
 * Payload shows an account its own `sessions` list, so that is not counted here.
 */
const secretValue =
  /"(hash|salt|resetPasswordToken|secret|pendingSecret|recoveryCodes)"\s*:\s*("[^"]{6,}"|\[\s*\{)/
const leaksStack = (text: string) => /node_modules|\n\s+at .+:\d+:\d+|drizzle|postgres error/i.test(text)

let member: Record<string, string>
const callers: Record<string, () => Record<string, string>> = {
  anonymous: () => ({}),
  member: () => member,
}

beforeAll(async () => {
  member = await signIn('members', 'member@ntars.test')
})

describe.each(Object.keys(callers))('hostile queries as %s', (caller) => {
  for (const collection of collections) {
    it(`get a clean answer on ${collection}, with no secrets and no stack traces`, async () => {
      const headers = callers[caller]?.() ?? {}
      const baseline = await getJson(`/api/${collection}?limit=0&depth=0`, headers)
      for (const probe of probes) {
        const response = await fetch(`${baseUrl()}/api/${collection}?${probe}`, { headers })
        const text = await response.text()
        expect(response.status, `${collection}?${probe}`).toBeLessThan(500)
        expect(leaksStack(text), `${collection}?${probe} leaks internals`).toBe(false)
        if (collection !== 'audit-log' || response.status !== 200) {
          expect(secretValue.exec(text)?.[0], `${collection}?${probe} shows a secret`).toBeUndefined()
        }
        // A filter on a field the caller may not read must not narrow the results (no yes/no oracle).
        if (response.status === 200 && probe.startsWith('where') && baseline.status === 200) {
          const total = (JSON.parse(text) as { totalDocs?: number }).totalDocs
          // (Filtering on the reporter only tells whether a report has one, which members see on their own reports.)
          if (/hash|salt|resetPassword|secondFactor|policeNotes|safeguarding/.test(probe)) {
            expect(total, `${collection}?${probe} narrows`).toBe(baseline.body.totalDocs)
          }
        }
      }
    })
  }
})

describe('hostile writes over REST', () => {
  const count = async () => (await getJson('/api/incidents?limit=0&depth=0', member)).body.totalDocs as number

  it('refuses wrong types with a 400 and writes nothing', async () => {
    const before = await count()
    for (const body of [
      { type: ['theft'], occurredAt: 'yesterday', description: { html: '<b>x</b>' } },
      { type: 'theft', occurredAt: '1850-01-01T00:00:00Z', description: 'Long ago' },
      { type: 'theft', occurredAt: '2999-01-01T00:00:00Z', description: 'Far future' },
      { type: 'theft', occurredAt: new Date().toISOString(), description: 'x', valueLost: -20 },
      { type: 'theft', occurredAt: new Date().toISOString(), description: 'Hidden \u202Etext' },
      'not an object',
    ]) {
      const response = await fetch(`${baseUrl()}/api/incidents`, {
        method: 'POST',
        headers: { ...member, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
      const text = await response.text()
      expect(response.status, JSON.stringify(body)).toBeGreaterThanOrEqual(400)
      expect(response.status, JSON.stringify(body)).toBeLessThan(500)
      expect(leaksStack(text)).toBe(false)
    }
    expect(await count()).toBe(before)
  })

  it('refuses malformed JSON with a 4xx', async () => {
    const response = await fetch(`${baseUrl()}/api/incidents`, {
      method: 'POST',
      headers: { ...member, 'Content-Type': 'application/json' },
      body: '{"type": "theft", "description": ',
    })
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
  })

  it('refuses an HTML page or an SVG uploaded as a photo', async () => {
    const evidenceCount = async () =>
      (await getJson('/api/evidence?limit=0&depth=0', member)).body?.totalDocs as number | undefined
    const before = await evidenceCount()
    for (const [bytes, type, name] of [
      [htmlPretendingToBeJpeg(), 'image/jpeg', 'photo.jpg'],
      [svgImage(), 'image/svg+xml', 'photo.svg'],
      [svgImage(), 'image/png', 'photo.png'],
    ] as const) {
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
      form.append('_payload', JSON.stringify({ kind: 'incident-photo' }))
      const response = await fetch(`${baseUrl()}/api/evidence`, {
        method: 'POST',
        headers: member,
        body: form,
      })
      const text = await response.text()
      expect(response.status, name).toBeGreaterThanOrEqual(400)
      expect(response.status, name).toBeLessThan(500)
      expect(leaksStack(text)).toBe(false)
    }
    expect(await evidenceCount()).toBe(before)
  })
})

describe('50 MB bodies', () => {
  const fifty = () => new Uint8Array(50 * 1024 * 1024).fill(0x61)

  it('are refused by the REST API, the file upload and the sign-in endpoint', async () => {
    const upload = new FormData()
    upload.append('file', new Blob([fifty()], { type: 'image/jpeg' }), 'huge.jpg')
    const targets: [string, RequestInit][] = [
      [
        '/api/incidents',
        { method: 'POST', headers: { ...member, 'Content-Type': 'application/json' }, body: fifty() },
      ],
      ['/api/evidence', { method: 'POST', headers: member, body: upload }],
      [
        '/api/auth/callback/credentials',
        { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: fifty() },
      ],
      [
        '/join',
        { method: 'POST', headers: { 'Content-Type': 'text/plain', 'Next-Action': 'x' }, body: fifty() },
      ],
    ]
    for (const [path, init] of targets) {
      const response = await fetch(`${baseUrl()}${path}`, init).catch((error: Error) => error)
      // Refusing by closing the connection early is also a refusal; a 2xx or a 5xx is not.
      if (response instanceof Error) continue
      expect(response.status, path).toBeGreaterThanOrEqual(400)
      expect(response.status, path).toBeLessThan(500)
    }
    // The app is still answering.
    expect((await fetch(`${baseUrl()}/`)).status).toBe(200)
  })
})
