/**
 * Access over HTTP, against the built app: Payload's REST API and its evidence file route as the public and
 * as staff, and the members' own routes (`/photos/<id>`) as signed-in members. Members hold no REST
 * access at all (the member door: tests/http/member-door.test.ts walks every endpoint); what each member
 * role may read and write is the access functions' rule, tested through the Local API in
 * tests/int/access-matrix.test.ts.
 */
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import { memberDoorMessage } from '@/lib/rest/refuseMemberTokens'
import { baseUrl, demoPassword, getJson, signIn } from '../helpers/http'
import { memberSignIn } from '../helpers/memberSession'
import { enrolStaffWithKnownSecret } from '../helpers/staffSecondFactor'
import { staffTokenOf, submitStaffSignIn } from '../helpers/staffSignInOverHttp'

type Doc = { id: number; [key: string]: unknown }
type List = { docs: Doc[]; totalDocs: number }
type Upload = { id: number; filename: string; thumbnail: string }

let admin: Record<string, string>
let member: Record<string, string>
let memberArea: Record<string, string>
let member2Area: Record<string, string>
let outreachArea: Record<string, string>
let otherIncident: Doc
let otherPhoto: Upload
let profilePhoto: Upload

const uploadEvidence = async (incident: number): Promise<Upload> => {
  const image = await sharp({ create: { width: 80, height: 60, channels: 3, background: '#3366aa' } })
    .jpeg()
    .toBuffer()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(image)], { type: 'image/jpeg' }), 'http-test.jpg')
  form.append('_payload', JSON.stringify({ kind: 'incident-photo', incident }))
  const response = await fetch(`${baseUrl()}/api/evidence`, { method: 'POST', headers: admin, body: form })
  expect(response.status).toBe(201)
  const body = (await response.json()) as {
    doc: { id: number; filename: string; sizes: { thumbnail: { filename: string } } }
  }
  return { id: body.doc.id, filename: body.doc.filename, thumbnail: body.doc.sizes.thumbnail.filename }
}

/** The members' area session of a demo account, as its sign-in form makes it. */
const areaSession = async (email: string) => ({ Cookie: (await memberSignIn(email, demoPassword)).cookie })

beforeAll(async () => {
  admin = await signIn('users', 'admin@ntars.test')
  member = await signIn('members', 'member@ntars.test')
  memberArea = await areaSession('member@ntars.test')
  member2Area = await areaSession('member2@ntars.test')
  outreachArea = await areaSession('outreach@ntars.test')
  const others = await getJson(
    '/api/incidents?where[business.slug][equals]=lantern-books&limit=1&depth=0',
    admin,
  )
  otherIncident = others.body.docs[0]
  otherPhoto = await uploadEvidence(otherIncident.id)
  const photos = await getJson(
    '/api/evidence?where[offender.status][equals]=approved&where[offender.safeguarding][equals]=false&limit=1',
    admin,
  )
  const photo = photos.body.docs[0]
  profilePhoto = { id: photo.id, filename: photo.filename, thumbnail: photo.sizes?.thumbnail?.filename }
})

describe('the public', () => {
  for (const path of [
    '/api/offenders',
    '/api/incidents',
    '/api/evidence',
    '/api/audit-log',
    '/api/members',
    '/api/users',
  ]) {
    it(`is refused ${path}`, async () => {
      const response = await getJson(path)
      expect([401, 403]).toContain(response.status)
      expect(response.body?.docs).toBeUndefined()
    })
  }

  it('cannot sign in to the staff API with a member account', async () => {
    const response = await fetch(`${baseUrl()}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'member@ntars.test', password: demoPassword }),
    })
    expect(response.status).toBe(401)
  })

  it('is refused evidence files, on the API and the members’ photo route', async () => {
    for (const file of [otherPhoto.filename, otherPhoto.thumbnail, profilePhoto.filename]) {
      const response = await fetch(`${baseUrl()}/api/evidence/file/${file}`)
      expect([401, 403, 404]).toContain(response.status)
      expect(response.headers.get('content-type') ?? '').not.toContain('image')
    }
    const photo = await fetch(`${baseUrl()}/photos/${profilePhoto.id}`)
    expect(photo.status).toBe(401)
  })
})

describe('a member', () => {
  it('is refused the REST API at the door, with the way in named', async () => {
    for (const path of ['/api/offenders', `/api/incidents/${otherIncident.id}`, '/api/evidence']) {
      const response = await getJson(path, member)
      expect(response.status, path).toBe(403)
      expect(response.body?.errors?.[0]?.message).toBe(memberDoorMessage)
    }
    const file = await fetch(`${baseUrl()}/api/evidence/file/${otherPhoto.filename}`, { headers: member })
    expect(file.status).toBe(403)
    expect(file.headers.get('content-type') ?? '').not.toContain('image')
  })

  it('cannot open another business’s report photo, which that business can, watermarked', async () => {
    const refused = await fetch(`${baseUrl()}/photos/${otherPhoto.id}`, { headers: memberArea })
    expect(refused.status).toBe(404)
    expect(refused.headers.get('content-type') ?? '').not.toContain('image')
    const allowed = await fetch(`${baseUrl()}/photos/${otherPhoto.id}`, { headers: member2Area })
    expect(allowed.status).toBe(200)
    expect(allowed.headers.get('content-type')).toBe('image/webp')
    expect(allowed.headers.get('cache-control')).toContain('no-store')
    // Members get a copy stamped with who is looking, never the clean original staff see.
    const staffCopy = await fetch(`${baseUrl()}/api/evidence/file/${otherPhoto.filename}`, { headers: admin })
    expect(staffCopy.status).toBe(200)
    const memberBytes = Buffer.from(await allowed.arrayBuffer())
    const staffBytes = Buffer.from(await staffCopy.arrayBuffer())
    expect(memberBytes.equals(staffBytes)).toBe(false)
  })

  it('opens gallery photos with no-store, which outreach cannot', async () => {
    const allowed = await fetch(`${baseUrl()}/photos/${profilePhoto.id}`, { headers: memberArea })
    expect(allowed.status).toBe(200)
    expect(allowed.headers.get('cache-control')).toContain('no-store')
    const refused = await fetch(`${baseUrl()}/photos/${profilePhoto.id}`, { headers: outreachArea })
    expect(refused.status).toBe(404)
  })
})

describe('staff sessions by cookie (Payload’s CSRF check)', () => {
  it('count only on requests from this site', async () => {
    await enrolStaffWithKnownSecret('editor@ntars.test')
    const token = staffTokenOf(await submitStaffSignIn('editor@ntars.test'))
    const cookie = { Cookie: `payload-token=${token}` }
    const me = async (headers: Record<string, string>) =>
      ((await getJson('/api/users/me', { ...cookie, ...headers })).body?.user?.email as string | undefined) ??
      null
    expect(await me({ Origin: new URL(baseUrl()).origin })).toBe('editor@ntars.test')
    expect(await me({ 'Sec-Fetch-Site': 'same-origin' })).toBe('editor@ntars.test')
    expect(await me({ Origin: 'https://elsewhere.example' })).toBeNull()
    expect(await me({ 'Sec-Fetch-Site': 'cross-site' })).toBeNull()
    // Scripts and tools send the token as a header, which no other site can make a browser send.
    expect((await getJson('/api/users/me', { Authorization: `JWT ${token}` })).body?.user?.email).toBe(
      'editor@ntars.test',
    )
  })
})

describe('the audit log', () => {
  it('cannot be written, changed or deleted over REST, even by an admin', async () => {
    const created = await fetch(`${baseUrl()}/api/audit-log`, {
      method: 'POST',
      headers: { ...admin, 'Content-Type': 'application/json' },
      body: JSON.stringify({ action: 'view', summary: 'forged' }),
    })
    expect(created.status).toBe(403)
    const entries = (await getJson('/api/audit-log?limit=1', admin)).body as List
    const id = entries.docs[0]?.id
    expect(id).toBeDefined()
    const patched = await fetch(`${baseUrl()}/api/audit-log/${id}`, {
      method: 'PATCH',
      headers: { ...admin, 'Content-Type': 'application/json' },
      body: JSON.stringify({ summary: 'tampered' }),
    })
    expect(patched.status).toBe(403)
    const deleted = await fetch(`${baseUrl()}/api/audit-log/${id}`, { method: 'DELETE', headers: admin })
    expect(deleted.status).toBe(403)
  })
})

describe('joining the scheme', () => {
  it('cannot create a business over REST without an account (the join form uses the Local API)', async () => {
    const before = ((await getJson('/api/businesses?limit=0', admin)).body as List).totalDocs
    const created = await fetch(`${baseUrl()}/api/businesses`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'REST Applicant', category: 'retail', address: { line1: '1 Row' } }),
    })
    expect(created.status).toBe(403)
    expect(((await getJson('/api/businesses?limit=0', admin)).body as List).totalDocs).toBe(before)
  })

  it('never shows rate-limit counters over REST, even to an admin', async () => {
    for (const headers of [undefined, admin]) {
      const response = await getJson('/api/rate-limits', headers)
      expect([401, 403]).toContain(response.status)
    }
  })
})
