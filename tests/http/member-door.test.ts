/**
 * The member door (docs/access-control.md): members use the members' area, never Payload's REST API. This
 * walks EVERY endpoint Payload serves (each collection's and global's own list, taken from the config the
 * app runs, plus the root ones) as each member role holding a real token, sent every way Payload reads one,
 * and expects the door's 403 each time with nothing read or written. Members' auth operations over REST are
 * refused to everyone. Payload's system endpoints (jobs, locks, preferences, migrations) are staff-only,
 * the jobs queue and its statistics admin-only.
 */

import type { Endpoint, Payload } from 'payload'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { memberDoorMessage } from '@/lib/rest/refuseMemberTokens'
import { baseUrl, signIn } from '../helpers/http'
import { memberToken } from '../helpers/memberToken'
import { testPayload } from '../helpers/testPayload'

type Request = { method: string; path: string }

const memberRoles = {
  member: 'member@ntars.test',
  'business-manager': 'shopmanager@ntars.test',
  police: 'police@ntars.test',
  'partner asb-unit': 'asb@ntars.test',
  'partner outreach': 'outreach@ntars.test',
} as const
const suspendedEmail = `door-suspended-${Date.now().toString(36)}@ntars.test`
const fixturePassword = 'copper kettle teapot lantern'
const memberAuthOperations = [
  ['POST', 'login'],
  ['POST', 'logout'],
  ['GET', 'me'],
  ['POST', 'refresh-token'],
  ['POST', 'forgot-password'],
  ['POST', 'reset-password'],
  ['POST', 'unlock'],
  ['GET', 'unlock'],
  ['POST', 'verify/abc'],
  ['GET', 'init'],
  ['POST', 'first-register'],
  ['POST', 'access'],
  ['GET', 'access'],
] as const

let payload: Payload
let db: pg.Client
let tokens: Record<string, string>
let suspendedBusiness: number
let walk: Request[]
let admin: Record<string, string>
let editor: Record<string, string>

const send = async ({ method, path }: Request, headers: Record<string, string> = {}) => {
  const body = method === 'GET' || method === 'DELETE' ? undefined : '{}'
  const response = await fetch(`${baseUrl()}${path}`, {
    method,
    headers: { ...headers, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body,
    redirect: 'manual',
  })
  const text = await response.text()
  return { status: response.status, text, cacheControl: response.headers.get('cache-control') }
}

const expectDoor = (answer: Awaited<ReturnType<typeof send>>, label: string) => {
  expect(answer.status, label).toBe(403)
  expect(JSON.parse(answer.text), label).toEqual({ errors: [{ message: memberDoorMessage }] })
  expect(answer.cacheControl, label).toContain('no-store')
}

/** Fills an endpoint's path parameters with something that exists, so a refusal is never just a 404. */
const fillPath = (path: string, values: Record<string, string>) =>
  path
    .split('/')
    .map((segment) => {
      if (!segment.startsWith(':')) return segment
      const name = segment.slice(1).replace(/\?$/, '')
      return values[name] ?? 'x'
    })
    .join('/')
    .replace(/\/$/, '')

const endpointsOf = (endpoints: Endpoint[] | false | undefined) =>
  endpoints === false ? [] : (endpoints ?? [])

/** Every request Payload's REST API answers, built from the running config: nothing is left out by hand. */
const everyEndpoint = async (): Promise<Request[]> => {
  const requests: Request[] = []
  for (const collection of payload.config.collections) {
    const slug = collection.slug
    const table = slug.replace(/-/g, '_')
    const row = (await db.query(`select id from "${table}" order by id limit 1`).catch(() => ({ rows: [] })))
      .rows[0] as { id: number } | undefined
    const id = String(row?.id ?? 1)
    const versions = collection.versions
      ? ((await db.query(`select id from "_${table}_v" order by id limit 1`)).rows[0] as { id: number })
      : undefined
    const file = collection.upload
      ? ((await db.query(`select filename from "${table}" where filename is not null limit 1`)).rows[0] as {
          filename: string
        })
      : undefined
    const values = { filename: file?.filename ?? 'x.webp', key: 'nav' }
    // A collection without endpoints (payload-migrations) still gets asked, as a client would.
    if (collection.endpoints === false) {
      requests.push({ method: 'GET', path: `/api/${slug}` }, { method: 'POST', path: `/api/${slug}` })
    }
    for (const endpoint of endpointsOf(collection.endpoints)) {
      const method = endpoint.method.toUpperCase()
      const path = fillPath(endpoint.path, {
        ...values,
        id: endpoint.path.startsWith('/versions/') ? String(versions?.id ?? 1) : id,
      })
      requests.push({ method, path: `/api/${slug}${path}` })
      // Bulk update and delete pick their rows with `where`.
      if (endpoint.path === '/' && (method === 'PATCH' || method === 'DELETE')) {
        requests.push({ method, path: `/api/${slug}?where[id][equals]=${id}` })
      }
    }
  }
  for (const global of payload.config.globals) {
    for (const endpoint of endpointsOf(global.endpoints)) {
      requests.push({
        method: endpoint.method.toUpperCase(),
        path: `/api/globals/${global.slug}${fillPath(endpoint.path, { id: '1' })}`,
      })
    }
  }
  for (const endpoint of endpointsOf(payload.config.endpoints)) {
    requests.push({ method: endpoint.method.toUpperCase(), path: `/api${fillPath(endpoint.path, {})}` })
  }
  return requests
}

/**
 * Row counts and newest change of every table: any write anywhere shows. The job queue's own tables change
 * on the app's own timer, so they are left out (its endpoints are refused anyway, and checked on their own).
 */
const snapshot = async () => {
  const { rows } = await db.query(
    `select table_name as name,
       exists (select 1 from information_schema.columns c where c.table_schema = 'public'
               and c.table_name = t.table_name and c.column_name = 'updated_at') as dated
     from information_schema.tables t
     where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not like 'payload_jobs%'
     order by table_name`,
  )
  const state: Record<string, string> = {}
  for (const { name, dated } of rows as { name: string; dated: boolean }[]) {
    const result = await db.query(
      `select count(*)::text as count${dated ? ', max(updated_at)::text as newest' : ''} from "${name}"`,
    )
    state[name] = JSON.stringify(result.rows[0])
  }
  return state
}

/** The job queue's own activity: the app runs due jobs every minute (alert emails then mark briefings). */
const queueActivity = async () =>
  JSON.stringify((await db.query(`select count(*)::text, max(updated_at)::text from payload_jobs`)).rows[0])

/** Waits (up to 30 seconds) until the app's queue is running no job. */
const queueIdle = async () => {
  for (let waited = 0; waited < 30; waited++) {
    const { rows } = await db.query(`select count(*)::int as busy from payload_jobs where processing`)
    if ((rows[0] as { busy: number }).busy === 0) return
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
}

/**
 * Sends every request of the walk with these headers, expecting the door each time, and proves nothing
 * was written. Should the app's own queue have run a job meanwhile (it runs due jobs once a minute), its
 * writes would look like a leak: the walk is then repeated, up to three times in all.
 */
const walkWritesNothing = async (headers: Record<string, string>) => {
  for (let attempt = 1; ; attempt++) {
    await queueIdle()
    const before = await snapshot()
    const activity = await queueActivity()
    for (const request of walk) expectDoor(await send(request, headers), `${request.method} ${request.path}`)
    const after = await snapshot()
    if (attempt < 3 && (await queueActivity()) !== activity) continue
    expect(after).toEqual(before)
    return
  }
}

beforeAll(async () => {
  payload = await testPayload()
  db = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await db.connect()
  tokens = {}
  for (const [role, email] of Object.entries(memberRoles)) tokens[role] = await memberToken(email)
  // A member of a business the scheme has suspended, with a token from before the suspension.
  const business = await payload.create({
    collection: 'businesses',
    data: {
      name: 'Door Test Suspended Café',
      category: 'retail',
      address: { line1: '9 Test Row' },
      membershipStatus: 'active',
    },
    overrideAccess: true, // test set-up
  })
  suspendedBusiness = business.id
  await payload.create({
    collection: 'members',
    data: {
      name: 'Door Test Member',
      email: suspendedEmail,
      password: fixturePassword,
      role: 'member',
      business: business.id,
      accountStatus: 'active',
    },
    overrideAccess: true, // test set-up
  })
  tokens['member of a suspended business'] = await memberToken(suspendedEmail, fixturePassword)
  await payload.update({
    collection: 'businesses',
    id: business.id,
    data: { membershipStatus: 'suspended' },
    overrideAccess: true, // test set-up: the scheme suspends the business
  })
  admin = await signIn('users', 'admin@ntars.test')
  editor = await signIn('users', 'editor@ntars.test')
  walk = await everyEndpoint()
})

afterAll(async () => {
  await db?.end()
})

describe('the member door', () => {
  it('walks every collection, global and root endpoint', () => {
    const paths = walk.map((request) => `${request.method} ${request.path}`)
    for (const expected of [
      'GET /api/offenders',
      'PATCH /api/incidents?where[id][equals]=',
      'DELETE /api/incidents?where[id][equals]=',
      'GET /api/briefings/versions',
      'GET /api/evidence/file/',
      'GET /api/media/file/',
      'POST /api/members/login',
      'POST /api/users/refresh-token',
      'GET /api/payload-jobs/run',
      'GET /api/payload-jobs/handle-schedules',
      'GET /api/payload-locked-documents',
      'GET /api/payload-preferences/nav',
      'GET /api/payload-migrations',
      'GET /api/globals/scheme-settings',
      'POST /api/globals/payload-jobs-stats',
      'GET /api/access',
    ]) {
      expect(
        paths.some((path) => path.startsWith(expected)),
        expected,
      ).toBe(true)
    }
  })

  for (const role of [...Object.keys(memberRoles), 'member of a suspended business']) {
    it(`refuses every Payload endpoint to a ${role}'s token and writes nothing`, async () => {
      await walkWritesNothing({ Authorization: `JWT ${tokens[role]}` })
    }, 180_000)
  }

  it('refuses a member token however it is sent', async () => {
    const token = tokens.member as string
    const ways: Record<string, string>[] = [
      { Authorization: `JWT ${token}` },
      { Authorization: `Bearer ${token}` },
      { Cookie: `payload-token=${token}` },
      { Cookie: `__Host-payload-token=${token}` },
      { Cookie: `other=1; payload-token=${token}` },
    ]
    for (const headers of ways) {
      for (const path of ['/api/offenders?limit=1', '/api/incidents/1', '/api/globals/scheme-settings']) {
        expectDoor(await send({ method: 'GET', path }, headers), `${JSON.stringify(headers)} ${path}`)
      }
    }
    // Beside a staff token too: nobody gets in on a member's token.
    expectDoor(
      await send(
        { method: 'GET', path: '/api/offenders?limit=1' },
        { ...admin, Cookie: `payload-token=${token}` },
      ),
      'staff header with a member cookie',
    )
  })

  it('refuses police and business managers a bulk update of reports, leaving every report as it was', async () => {
    const before = (await db.query(`select id, updated_at::text, status from incidents order by id`)).rows
    for (const role of ['police', 'business-manager', 'member']) {
      const answer = await fetch(`${baseUrl()}/api/incidents?where[id][greater_than]=0`, {
        method: 'PATCH',
        headers: { Authorization: `JWT ${tokens[role]}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ status: 'closed', police: { outcome: 'charge' } }),
      })
      expect(answer.status, role).toBe(403)
    }
    expect((await db.query(`select id, updated_at::text, status from incidents order by id`)).rows).toEqual(
      before,
    )
  })

  it('refuses the members’ auth operations over REST to everyone, signed in or not', async () => {
    for (const headers of [{}, admin]) {
      for (const [method, operation] of memberAuthOperations) {
        const path = `/api/members/${operation}`
        expectDoor(await send({ method, path }, headers), `${method} ${path}`)
        const capitals = `/api/members/${operation.toUpperCase()}`
        expectDoor(await send({ method, path: capitals }, headers), `${method} ${capitals}`)
      }
    }
  })

  it('refuses a member signing in over REST, even with the right password', async () => {
    const before = (await db.query(`select count(*)::int as n from members_sessions`)).rows[0]
    const response = await fetch(`${baseUrl()}/api/members/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        email: 'member@ntars.test',
        password: process.env.DEMO_PASSWORD || 'ntars-demo-2026',
      }),
    })
    expect(response.status).toBe(403)
    expect(response.headers.getSetCookie().join(';')).not.toContain('payload-token')
    expect((await db.query(`select count(*)::int as n from members_sessions`)).rows[0]).toEqual(before)
  })

  it('lets staff through: their REST API and admin stay as they are', async () => {
    expect((await send({ method: 'GET', path: '/api/users/me' }, admin)).status).toBe(200)
    expect((await send({ method: 'GET', path: '/api/members?limit=1' }, admin)).status).toBe(200)
    expect((await send({ method: 'GET', path: `/api/businesses/${suspendedBusiness}` }, admin)).status).toBe(
      200,
    )
  })
})

describe('Payload’s system endpoints', () => {
  /** Refused with Payload's own answer: 401 or 403, nothing listed. */
  const expectRefused = (answer: Awaited<ReturnType<typeof send>>, label: string) => {
    expect([401, 403, 501], label).toContain(answer.status)
    expect(answer.text, label).not.toContain('"docs"')
  }

  it('run the job queue and show its statistics to admins only', async () => {
    for (const headers of [{}, editor]) {
      for (const request of [
        { method: 'GET', path: '/api/payload-jobs/run?queue=door-test-empty' },
        { method: 'GET', path: '/api/payload-jobs/handle-schedules?queue=door-test-empty' },
        { method: 'GET', path: '/api/payload-jobs?limit=1' },
        { method: 'GET', path: '/api/globals/payload-jobs-stats' },
        { method: 'POST', path: '/api/globals/payload-jobs-stats' },
        { method: 'GET', path: '/api/payload-migrations' },
      ]) {
        expectRefused(await send(request, headers), `${JSON.stringify(headers).slice(0, 20)} ${request.path}`)
      }
    }
    const stats = await db.query(`select updated_at::text from payload_jobs_stats`)
    expect((await send({ method: 'GET', path: '/api/payload-jobs?limit=1' }, admin)).status).toBe(200)
    expect((await send({ method: 'GET', path: '/api/globals/payload-jobs-stats' }, admin)).status).toBe(200)
    expect(
      (await send({ method: 'GET', path: '/api/payload-jobs/run?queue=door-test-empty' }, admin)).status,
    ).toBe(200)
    expect((await db.query(`select updated_at::text from payload_jobs_stats`)).rows).toEqual(stats.rows)
  })

  it('keep document locks and preferences for staff', async () => {
    for (const path of ['/api/payload-locked-documents', '/api/payload-preferences']) {
      expectRefused(await send({ method: 'GET', path }), `anonymous ${path}`)
      expect((await send({ method: 'GET', path }, editor)).status, `editor ${path}`).toBe(200)
    }
    const locks = await db.query(`select count(*)::int as n from payload_locked_documents`)
    const created = await send({ method: 'POST', path: '/api/payload-locked-documents' }, {})
    expectRefused(created, 'anonymous lock')
    expect((await db.query(`select count(*)::int as n from payload_locked_documents`)).rows).toEqual(
      locks.rows,
    )
  })
})
