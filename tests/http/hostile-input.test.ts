/**
 * Hostile requests against the built app: Payload's `where`, `sort`, `depth`, `select`, `limit` and `page`
 * from the public, a member's token (refused at the member door) and staff on every collection, wrong types,
 * fake images, 50 MB bodies and malformed ids and filter values. Every one gets an answer below 500 with no
 * stack trace and, where the input is wrong, a 400 or 404 that says what is wrong; it learns nothing it may
 * not see, and writes nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { memberDoorMessage } from '@/lib/rest/refuseMemberTokens'
import { malformedPathMessage } from '@/lib/security/malformedPath'
import { hiddenCharacterMessage } from '@/lib/validation/hiddenCharacters'
import { htmlPretendingToBeJpeg, svgImage } from '../helpers/hostileCorpus'
import { baseUrl, demoPassword, getJson, signIn } from '../helpers/http'
import { memberSignIn } from '../helpers/memberSession'

const collections = [
  'users',
  'members',
  'businesses',
  'incidents',
  'recognitions',
  'offenders',
  'exclusion-notices',
  'signed-documents',
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
let editor: Record<string, string>
let manager: Record<string, string>
let admin: Record<string, string>
const callers: Record<string, () => Record<string, string>> = {
  anonymous: () => ({}),
  member: () => member,
  editor: () => editor,
}

beforeAll(async () => {
  member = await signIn('members', 'member@ntars.test')
  editor = await signIn('users', 'editor@ntars.test')
  manager = await signIn('users', 'manager@ntars.test')
  admin = await signIn('users', 'admin@ntars.test')
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
  const count = async () => (await getJson('/api/incidents?limit=0&depth=0', admin)).body.totalDocs as number

  it('refuses wrong types with a 400 and writes nothing', async () => {
    const before = await count()
    const now = new Date().toISOString()
    const field = (label: string, path: string, message: string) => ({ label, message, path })
    const businessRequired = field('Business', 'business', 'This field is required.')
    // Each body with Payload's validation answer: the fields refused, in Payload's order, word for word.
    const cases: [unknown, string, unknown[]][] = [
      [
        { type: ['theft'], occurredAt: 'yesterday', description: { html: '<b>x</b>' } },
        'The following fields are invalid: Occurred At, Business',
        [field('Occurred At', 'occurredAt', 'That is not a date.'), businessRequired],
      ],
      [
        { type: 'theft', occurredAt: '1850-01-01T00:00:00Z', description: 'Long ago' },
        'The following fields are invalid: Occurred At, Business',
        [field('Occurred At', 'occurredAt', 'That date is too long ago.'), businessRequired],
      ],
      [
        { type: 'theft', occurredAt: '2999-01-01T00:00:00Z', description: 'Far future' },
        'The following fields are invalid: Occurred At, Business',
        [field('Occurred At', 'occurredAt', 'An incident cannot be in the future.'), businessRequired],
      ],
      [
        { type: 'theft', occurredAt: now, description: 'x', valueLost: -20 },
        'The following fields are invalid: Business, Value Lost',
        [businessRequired, field('Value Lost', 'valueLost', '-20 is less than the min allowed Value of 0.')],
      ],
      [
        { type: 'theft', occurredAt: now, description: 'Hidden \u202Etext' },
        'The following field is invalid: description',
        [{ path: 'description', message: hiddenCharacterMessage }],
      ],
    ]
    for (const [body, message, errors] of cases) {
      const response = await fetch(`${baseUrl()}/api/incidents`, {
        method: 'POST',
        headers: { ...manager, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
      const text = await response.text()
      expect(response.status, JSON.stringify(body)).toBe(400)
      expect(JSON.parse(text).errors, JSON.stringify(body)).toMatchObject([
        { message, data: { collection: 'incidents', errors } },
      ])
      expect(leaksStack(text)).toBe(false)
    }
    // A body that is JSON but not an object of fields is refused before Payload reads it.
    const notAnObject = await fetch(`${baseUrl()}/api/incidents`, {
      method: 'POST',
      headers: { ...manager, 'Content-Type': 'application/json' },
      body: JSON.stringify('not an object'),
    })
    expect(notAnObject.status).toBe(400)
    expect(await notAnObject.json()).toEqual({
      errors: [{ message: 'The request body must be a JSON object of fields.' }],
    })
    expect(await count()).toBe(before)
  })

  it('refuses malformed JSON with a 400 that says so', async () => {
    const response = await fetch(`${baseUrl()}/api/incidents`, {
      method: 'POST',
      headers: { ...manager, 'Content-Type': 'application/json' },
      body: '{"type": "theft", "description": ',
    })
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({ errors: [{ message: 'The request body is not valid JSON.' }] })
  })

  it('refuses an HTML page or an SVG uploaded as a photo', async () => {
    const evidenceCount = async () =>
      (await getJson('/api/evidence?limit=0&depth=0', admin)).body?.totalDocs as number
    const before = await evidenceCount()
    // Checked by content before Payload stores anything (lib/uploads/verifyImageContent.ts).
    const unreadable = 'That file is not a readable image. Use a JPEG, PNG or WebP photo.'
    const notAPhoto = 'Only JPEG, PNG or WebP photos are accepted.'
    for (const [bytes, type, name, message] of [
      [htmlPretendingToBeJpeg(), 'image/jpeg', 'photo.jpg', unreadable],
      [svgImage(), 'image/svg+xml', 'photo.svg', notAPhoto],
      [svgImage(), 'image/png', 'photo.png', notAPhoto],
    ] as const) {
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
      form.append('_payload', JSON.stringify({ kind: 'incident-photo' }))
      const response = await fetch(`${baseUrl()}/api/evidence`, {
        method: 'POST',
        headers: manager,
        body: form,
      })
      const text = await response.text()
      expect(response.status, name).toBe(400)
      expect(JSON.parse(text).errors?.[0]?.message, name).toBe(message)
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
    const tooLarge = (limitKb: number) => ({
      status: 413,
      body: `{"errors":[{"message":"The request is too large: the limit is ${limitKb} kB."}]}`,
    })
    // Each target with the answer it gives, by Content-Length, before reading the body: JSON 1 MB, an
    // upload 10 MB plus 1 MB of fields, Auth.js 64 kB; Next refuses the unknown Server Action id itself.
    const targets: [string, RequestInit, { status: number; body: string }][] = [
      [
        '/api/incidents',
        { method: 'POST', headers: { ...manager, 'Content-Type': 'application/json' }, body: fifty() },
        tooLarge(1024),
      ],
      ['/api/evidence', { method: 'POST', headers: manager, body: upload }, tooLarge(11264)],
      [
        '/api/auth/callback/credentials',
        { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: fifty() },
        tooLarge(64),
      ],
      [
        '/join',
        { method: 'POST', headers: { 'Content-Type': 'text/plain', 'Next-Action': 'x' }, body: fifty() },
        { status: 400, body: 'Invalid Server Action request.' },
      ],
    ]
    for (const [path, init, expected] of targets) {
      const response = await fetch(`${baseUrl()}${path}`, init).catch((error: Error) => error)
      // Refusing by closing the connection early is also a refusal; a 2xx or a 5xx is not.
      if (response instanceof Error) continue
      expect({ status: response.status, body: await response.text() }, path).toEqual(expected)
    }
    // The app is still answering.
    expect((await fetch(`${baseUrl()}/`)).status).toBe(200)
  })
})

describe('malformed ids, filter values and control characters get a 400 or 404 that says what is wrong', () => {
  const answer = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${baseUrl()}${path}`, { headers })
    const text = await response.text()
    expect(leaksStack(text), `${path} leaks internals`).toBe(false)
    let message: string | undefined
    try {
      message = (JSON.parse(text) as { errors?: { message?: string }[] }).errors?.[0]?.message
    } catch {}
    return { status: response.status, message, text }
  }
  const notAnId = (id: string) =>
    `Not found: "${id}" is not an id (ids are whole numbers from 1 to 2147483647).`
  // Preferences are found by key, not id; the migrations table has no REST endpoints at all (501).
  const byId = collections.filter((slug) => slug !== 'payload-preferences')
  const badIds = [
    ['abc', 'abc'],
    ['1.5', '1.5'],
    ['99999999999', '99999999999'],
    ["1'", "1'"],
    ['1%27', "1'"],
    ['-1', '-1'],
    ['1e3', '1e3'],
  ] as const

  for (const caller of ['anonymous', 'editor', 'admin'] as const) {
    it(`answers 404 for an id that cannot exist, on every collection, as ${caller}`, async () => {
      const headers = { anonymous: {}, editor, admin }[caller]
      for (const slug of byId) {
        for (const [sent, seen] of badIds) {
          const response = await answer(`/api/${slug}/${sent}`, headers)
          expect(response.status, `${slug}/${sent}`).toBe(404)
          expect(response.message, `${slug}/${sent}`).toBe(notAnId(seen))
        }
      }
    })
  }

  it('answers a member’s token at the member door first, whatever the id', async () => {
    for (const slug of byId) {
      const response = await answer(`/api/${slug}/abc`, member)
      expect(response.status, slug).toBe(403)
      expect(response.message, slug).toBe(memberDoorMessage)
    }
  })

  it('never reads record 1 for "1\'" or other ids with something after the number', async () => {
    const one = await answer('/api/incidents/1?depth=0', admin)
    expect(one.status).toBe(200)
    for (const path of [
      "/api/incidents/1'",
      '/api/incidents/1%20OR%201=1',
      '/api/incidents/1;',
      '/api/incidents/01x',
    ]) {
      expect((await answer(path, admin)).status, path).toBe(404)
    }
  })

  it('answers 404 for a bad id in versions, duplicates and access checks', async () => {
    for (const path of [
      '/api/briefings/versions/abc',
      '/api/campaigns/versions/1.5',
      '/api/globals/scheme-settings/versions/99999999999',
    ]) {
      const response = await answer(path, admin)
      expect(response.status, path).toBe(404)
      expect(response.message, path).toBe(notAnId(path.split('/').at(-1) as string))
    }
    for (const path of ['/api/incidents/abc/duplicate', '/api/incidents/access/abc']) {
      const response = await fetch(`${baseUrl()}${path}`, { method: 'POST', headers: admin })
      expect(response.status, path).toBe(404)
    }
  })

  it('answers 400 naming the field and its allowed values for a value outside a select’s options', async () => {
    for (const [path, field, allowed] of [
      [
        '/api/incidents?where[or][0][and][0][status][equals]=nope',
        'status',
        'submitted, reviewed, linked, closed',
      ],
    ] as const) {
      const response = await answer(path, admin)
      expect(response.status, path).toBe(400)
      expect(response.message, path).toBe(`The filter on "${field}" must be one of: ${allowed}.`)
    }
    // A report's type is a key of an incident-types record (docs/vocabulary.md), not a fixed list: a key no
    // record has matches no report, as any other unknown id does.
    const unknownType = await answer('/api/incidents?where[type][equals]=xyz&depth=0', admin)
    expect(unknownType.status).toBe(200)
    expect(JSON.parse(unknownType.text).totalDocs).toBe(0)
    // So is a police outcome (collections/PoliceOutcomes).
    const unknownOutcome = await answer('/api/incidents?where[police.outcome][equals]=maybe&depth=0', admin)
    expect(unknownOutcome.status).toBe(200)
    expect(JSON.parse(unknownOutcome.text).totalDocs).toBe(0)
    const briefings = await answer('/api/briefings?where[kind][equals]=xyz')
    expect(briefings.status).toBe(400)
    expect(briefings.message).toMatch(/^The filter on "kind" must be one of: /)
  })

  it('answers 400 for a filter value that does not fit its field', async () => {
    for (const path of [
      '/api/incidents?where[id][in]=1,abc',
      '/api/incidents?where[offenders][in]=1.5',
      '/api/incidents?where[business][equals]=99999999999',
      '/api/incidents?where[id][not_in]=99999999999',
    ]) {
      const response = await answer(path, admin)
      expect(response.status, path).toBe(400)
      expect(response.message, path).toBe(
        'A filter value does not fit its field: a whole number, a date or one of the field’s allowed values is expected.',
      )
    }
    // Payload itself reads a single value that is not a number or date as matching nothing.
    for (const path of [
      "/api/incidents?where[id][equals]=1'",
      '/api/incidents?where[id][equals]=abc',
      '/api/incidents?where[valueLost][greater_than]=lots',
      '/api/incidents?where[occurredAt][greater_than]=not-a-date',
    ]) {
      const response = await answer(path, admin)
      expect(response.status, path).toBe(200)
      expect(JSON.parse(response.text).totalDocs, path).toBe(0)
    }
  })

  it('answers 400 for a NUL or other hidden control character anywhere in the query', async () => {
    for (const [path, headers] of [
      ['/api/briefings?where[title][like]=a%00', {}],
      ['/api/incidents?where[description][like]=a%00b', admin],
      ['/api/offenders?where[or][0][displayName][like]=%00', admin],
      ['/api/offenders?sort=displayName%00', admin],
      ['/api/offenders?where[displayName%00][like]=a', admin],
    ] as const) {
      const response = await answer(path, headers)
      expect(response.status, path).toBe(400)
      expect(response.message, path).toBe(
        'The query holds a hidden control character (such as NUL); remove it and try again.',
      )
    }
  })

  it('answers the gallery search with a clear message for a NUL in the search, not an error page', async () => {
    const { cookie } = await memberSignIn('member@ntars.test', demoPassword)
    const response = await fetch(`${baseUrl()}/offenders?q=a%00`, { headers: { Cookie: cookie } })
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain('The search holds a hidden control character')
    expect(html).not.toContain('The service is busy')
  })

  it('answers 400 saying so for a path with broken percent-encoding, not an error page', async () => {
    for (const path of ['/news/%zz', '/offenders/%E0%A4%A', '/api/briefings/%']) {
      const response = await fetch(`${baseUrl()}${path}`)
      expect(response.status, path).toBe(400)
      expect(await response.text(), path).toBe(malformedPathMessage)
      expect(response.headers.get('cache-control'), path).toContain('no-store')
    }
  })

  it('refuses GET /api/members/unlock at the member door', async () => {
    const response = await answer('/api/members/unlock')
    expect(response.status).toBe(403)
    expect(response.message).toBe(memberDoorMessage)
  })
})
