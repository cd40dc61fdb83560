/**
 * Refused requests leave a trace, against the running app: a staff REST request for something the account
 * may not have writes an 'access-denied' entry (who, what, from where), a failed staff sign-in writes
 * 'login-failed', and the staff audit page is for admins and scheme managers only. (A member's token never
 * gets that far: the member door refuses it before Payload reads or writes anything, an audit entry
 * included; tests/http/member-door.test.ts.)
 */
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { baseUrl, getJson, signIn } from '../helpers/http'
import { fakeIp } from '../helpers/memberSession'

type Entry = {
  sequence: number
  action: string
  summary: string
  actorId: number | null
  actorCollection: string | null
  entityCollection: string | null
  entityId: number | null
  ip: string | null
  details: Record<string, unknown> | null
}

let db: pg.Client
let member: Record<string, string>
let editor: Record<string, string>
let admin: Record<string, string>
let editorId: number
let incident: number

/**
 * The newest entries matching a condition, read straight from the app's database (DATABASE_URL, set by
 * `npm test`): staff sign in with a second factor, so the test does not read the log as staff over REST.
 */
const newestEntries = async (condition: string, values: unknown[] = []) =>
  (
    await db.query(
      `select sequence::int as sequence, action, summary, actor_id::int as "actorId",
        actor_collection as "actorCollection", entity_collection as "entityCollection",
        entity_id::int as "entityId", ip, details
       from audit_log where ${condition} order by sequence desc limit 5`,
      values,
    )
  ).rows as Entry[]

const lastSequence = async () => (await newestEntries('true')).at(0)?.sequence ?? 0

beforeAll(async () => {
  db = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await db.connect()
  member = await signIn('members', 'member@ntars.test')
  editor = await signIn('users', 'editor@ntars.test')
  admin = await signIn('users', 'admin@ntars.test')
  editorId = (await getJson('/api/users/me', editor)).body.user.id
  const { rows } = await db.query('select id from incidents order by id limit 1')
  incident = (rows[0] as { id: number }).id
})

afterAll(async () => {
  await db?.end()
})

describe('refused REST requests are audit-logged', () => {
  it('an editor asking for the audit log', async () => {
    const before = await lastSequence()
    const forwarded = fakeIp()
    const response = await fetch(`${baseUrl()}/api/audit-log?limit=1`, {
      headers: { ...editor, 'X-Forwarded-For': forwarded },
    })
    expect(response.status).toBe(403)
    const [entry] = await newestEntries(
      `action = 'access-denied' and actor_id = $1 and actor_collection = 'users' and entity_collection = 'audit-log'`,
      [editorId],
    )
    expect(entry?.sequence).toBeGreaterThan(before)
    expect(entry).toMatchObject({
      actorCollection: 'users',
      details: { path: '/api/audit-log', method: 'GET', status: 403 },
    })
    // The address the app trusts is one the request's X-Forwarded-For names (lib/audit/clientIp.ts).
    expect(forwarded.split(/,\s*/)).toContain(entry?.ip)
  })

  it('an editor opening a report by id', async () => {
    const before = await lastSequence()
    const response = await getJson(`/api/incidents/${incident}`, editor)
    expect([403, 404]).toContain(response.status)
    const [entry] = await newestEntries(
      `action = 'access-denied' and entity_collection = 'incidents' and entity_id = $1`,
      [incident],
    )
    expect(entry?.sequence).toBeGreaterThan(before)
    expect(entry?.actorId).toBe(editorId)
  })

  it('a mistyped id is not a refusal', async () => {
    const before = await lastSequence()
    expect((await getJson('/api/incidents/987654321', admin)).status).toBe(404)
    expect(await newestEntries('sequence > $1 and entity_id = 987654321', [before])).toEqual([])
  })

  it('a member’s token refused at the member door leaves no entry (nothing is written)', async () => {
    const before = await lastSequence()
    expect((await getJson('/api/audit-log?limit=1', member)).status).toBe(403)
    expect(await lastSequence()).toBe(before)
  })

  it('a failed staff sign-in, with the address tried and never the password', async () => {
    const before = await lastSequence()
    const response = await fetch(`${baseUrl()}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'no-such-staff@ntars.test', password: 'audit-test-wrong-password' }),
    })
    expect(response.status).toBe(401)
    const [entry] = await newestEntries(`action = 'login-failed' and entity_collection = 'users'`)
    expect(entry?.sequence).toBeGreaterThan(before)
    expect(entry?.details).toMatchObject({ email: 'no-such-staff@ntars.test', path: '/api/users/login' })
    expect(JSON.stringify(entry)).not.toContain('audit-test-wrong-password')
  })
})

describe('the staff audit page', () => {
  const page = (headers: Record<string, string> = {}) =>
    fetch(`${baseUrl()}/admin/audit`, { headers, redirect: 'manual' })

  it('sends an anonymous visitor to the login page', async () => {
    const response = await page()
    // A streamed page redirects in its body (Next's NEXT_REDIRECT marker) once the first bytes are sent.
    const html = response.status === 200 ? await response.text() : ''
    const target =
      response.status >= 300 && response.status < 400
        ? response.headers.get('location')
        : /NEXT_REDIRECT;\w+;([^;]+);/.exec(html)?.[1]
    expect(decodeURIComponent(target ?? '')).toMatch(
      /\/(admin\/login|staff\/sign-in)\?redirect=\/admin\/audit/,
    )
    expect(html).not.toContain('Only scheme managers')
    expect(html).not.toContain('Chain intact')
  })

  it('never shows a member the log', async () => {
    const response = await page(member)
    const html = response.status === 200 ? await response.text() : ''
    expect(html).not.toContain('Chain intact')
    expect(html).not.toContain('Refused GET')
  })
})
