/**
 * The export routes over HTTP: evidence packs (members' area session for police, admin session for staff)
 * and outcome report downloads (admin session). Anyone else is refused with nothing exported; what is
 * sent is never cached.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { baseUrl, demoPassword, getJson, signIn } from '../helpers/http'
import { memberSignIn } from '../helpers/memberSession'

let admin: Record<string, string>
let editor: Record<string, string>
let memberJwt: Record<string, string>
let memberSession: Record<string, string>
let policeSession: Record<string, string>
let incidentId: number

/** Signs in to the members' area as the sign-in form does (Auth.js credentials), returning its cookies. */
const signInToMembersArea = async (email: string): Promise<Record<string, string>> => {
  const headers = { Cookie: (await memberSignIn(email, demoPassword)).cookie }
  // Prove the session works, so a refusal below is about the role and not a failed sign-in.
  const home = await fetch(`${baseUrl()}/members`, { headers, redirect: 'manual' })
  expect(home.status).toBe(200)
  return headers
}

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${baseUrl()}${path}`, { headers, redirect: 'manual' })

const expectRefused = async (response: Response, statuses: number[]) => {
  expect(statuses).toContain(response.status)
  expect(response.headers.get('content-type')).not.toContain('pdf')
  expect(response.headers.get('content-type')).not.toContain('csv')
  expect(response.headers.get('cache-control')).toContain('no-store')
  expect((await response.text()).length).toBeGreaterThan(0)
}

beforeAll(async () => {
  admin = await signIn('users', 'admin@ntars.test')
  editor = await signIn('users', 'editor@ntars.test')
  memberJwt = await signIn('members', 'member@ntars.test')
  memberSession = await signInToMembersArea('member@ntars.test')
  policeSession = await signInToMembersArea('police@ntars.test')
  const own = await getJson(
    '/api/incidents?where[business.slug][equals]=copper-kettle-cafe&limit=1&depth=0',
    admin,
  )
  incidentId = own.body.docs[0].id
})

describe('evidence packs', () => {
  it('refuse the public, business members (even for their own report), and editors', async () => {
    const path = `/evidence-pack/incidents/${incidentId}`
    await expectRefused(await get(path), [401])
    await expectRefused(await get(path, memberSession), [403])
    await expectRefused(await get(path, memberJwt), [401, 403])
    await expectRefused(await get(path, editor), [403])
    await expectRefused(await get(`/evidence-pack/offenders/1?incidents=${incidentId}`, memberSession), [403])
    await expectRefused(await get(`/evidence-pack/offenders/1?incidents=${incidentId}`, editor), [403])
  })

  it('give police and scheme staff a PDF download that is never cached', async () => {
    for (const headers of [policeSession, admin]) {
      const response = await get(`/evidence-pack/incidents/${incidentId}`, headers)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('application/pdf')
      expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="ntars-evidence-/)
      expect(response.headers.get('cache-control')).toContain('no-store')
      expect(
        Buffer.from(await response.arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-')
    }
    const log = await getJson(
      `/api/audit-log?where[action][equals]=export&where[entityCollection][equals]=incidents&where[entityId][equals]=${incidentId}&sort=-createdAt&limit=2`,
      admin,
    )
    expect(log.body.docs.map((doc: { actorCollection: string }) => doc.actorCollection).sort()).toEqual([
      'members',
      'users',
    ])
  })

  it('refuse the ZIP export to those refused the PDF, and audit-log the refusal', async () => {
    const path = `/evidence-pack/incidents/${incidentId}?format=zip`
    const refusals = `/api/audit-log?where[summary][equals]=${encodeURIComponent('Evidence export (ZIP) refused')}&limit=1`
    const before = await getJson(refusals, admin)
    await expectRefused(await get(path), [401])
    for (const response of [await get(path, memberSession), await get(path, editor)]) {
      await expectRefused(response, [403])
      expect(response.headers.get('content-type')).not.toContain('zip')
    }
    const after = await getJson(refusals, admin)
    expect(after.body.totalDocs).toBe(before.body.totalDocs + 2)
  })

  it('give police and scheme staff the ZIP export as an uncached attachment, audit-logged', async () => {
    for (const headers of [policeSession, admin]) {
      const response = await get(`/evidence-pack/incidents/${incidentId}?format=zip`, headers)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('application/zip')
      expect(response.headers.get('content-disposition')).toMatch(
        /^attachment; filename="ntars-evidence-incident-\d+-[0-9a-f]{8}\.zip"$/,
      )
      expect(response.headers.get('cache-control')).toContain('no-store')
      // A ZIP starts with a local file header.
      expect(
        Buffer.from(await response.arrayBuffer())
          .subarray(0, 4)
          .toString('hex'),
      ).toBe('504b0304')
    }
    const log = await getJson(
      `/api/audit-log?where[action][equals]=export&where[entityId][equals]=${incidentId}&where[summary][like]=ZIP&sort=-createdAt&limit=2`,
      admin,
    )
    expect(log.body.docs.map((doc: { actorCollection: string }) => doc.actorCollection).sort()).toEqual([
      'members',
      'users',
    ])
  })

  it('tells police what is wrong with a bad list of incidents', async () => {
    await expectRefused(await get('/evidence-pack/offenders/1?incidents=1;DROP', policeSession), [400])
    await expectRefused(await get('/evidence-pack/offenders/1', policeSession), [400])
  })
})

describe('outcome report downloads', () => {
  const period = 'from=2026-01-01&to=2026-01-31'

  it('refuse the public, members and editors', async () => {
    for (const format of ['csv', 'pdf']) {
      const path = `/staff/outcomes/${format}?${period}`
      await expectRefused(await get(path), [401])
      await expectRefused(await get(path, memberJwt), [401, 403])
      await expectRefused(await get(path, memberSession), [401, 403])
      await expectRefused(await get(path, policeSession), [401, 403])
      await expectRefused(await get(path, editor), [403])
    }
  })

  it('give admins a CSV and a PDF, never cached, and audit-log them', async () => {
    const csv = await get(`/staff/outcomes/csv?${period}`, admin)
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-type')).toContain('text/csv')
    expect(csv.headers.get('cache-control')).toContain('no-store')
    expect(csv.headers.get('content-disposition')).toContain('attachment')
    expect(await csv.text()).toMatch(/^section,item,value\r\nperiod,from,2026-01-01\r\n/)
    const pdf = await get(`/staff/outcomes/pdf?${period}`, admin)
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    expect(pdf.headers.get('cache-control')).toContain('no-store')
    const log = await getJson('/api/audit-log?where[action][equals]=export&sort=-createdAt&limit=1', admin)
    expect(log.body.docs[0].summary).toBe('Outcome report 2026-01-01 to 2026-01-31 (PDF)')
  })

  it('say what is wrong with a bad period', async () => {
    await expectRefused(await get('/staff/outcomes/csv?from=2026-02-30&to=2026-03-01', admin), [400])
  })
})
