/**
 * The same access rules over HTTP, against the built app: Payload's REST API and the evidence file route,
 * as the public and as signed-in members.
 */
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import { baseUrl, getJson, signIn } from '../helpers/http'

type Doc = { id: number; [key: string]: unknown }
type List = { docs: Doc[]; totalDocs: number }

let admin: Record<string, string>
let member: Record<string, string>
let member2: Record<string, string>
let outreach: Record<string, string>
let asb: Record<string, string>
let memberBusiness: number
let otherIncident: Doc
let otherPhoto: { filename: string; thumbnail: string }
let profilePhoto: string

const uploadEvidence = async (incident: number) => {
  const image = await sharp({ create: { width: 80, height: 60, channels: 3, background: '#3366aa' } })
    .jpeg()
    .toBuffer()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(image)], { type: 'image/jpeg' }), 'http-test.jpg')
  form.append('_payload', JSON.stringify({ kind: 'incident-photo', incident }))
  const response = await fetch(`${baseUrl()}/api/evidence`, { method: 'POST', headers: admin, body: form })
  expect(response.status).toBe(201)
  const body = (await response.json()) as {
    doc: { filename: string; sizes: { thumbnail: { filename: string } } }
  }
  return { filename: body.doc.filename, thumbnail: body.doc.sizes.thumbnail.filename }
}

beforeAll(async () => {
  admin = await signIn('users', 'admin@ntars.test')
  member = await signIn('members', 'member@ntars.test')
  member2 = await signIn('members', 'member2@ntars.test')
  outreach = await signIn('members', 'outreach@ntars.test')
  asb = await signIn('members', 'asb@ntars.test')
  const me = await getJson('/api/members/me', member)
  const business = me.body.user.business
  memberBusiness = typeof business === 'object' ? business.id : business
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
  profilePhoto = photos.body.docs[0].filename
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
      body: JSON.stringify({
        email: 'member@ntars.test',
        password: process.env.DEMO_PASSWORD || 'ntars-demo-2026',
      }),
    })
    expect(response.status).toBe(401)
  })

  it('is refused evidence files', async () => {
    for (const file of [otherPhoto.filename, otherPhoto.thumbnail, profilePhoto]) {
      const response = await fetch(`${baseUrl()}/api/evidence/file/${file}`)
      expect([401, 403, 404]).toContain(response.status)
      expect(response.headers.get('content-type') ?? '').not.toContain('image')
    }
  })
})

describe('a member over REST', () => {
  it('sees approved gallery profiles only', async () => {
    const seen = (await getJson('/api/offenders?limit=500&depth=0', member)).body as List
    const gallery = (
      await getJson(
        '/api/offenders?limit=0&where[status][equals]=approved&where[safeguarding][equals]=false',
        admin,
      )
    ).body as List
    expect(seen.totalDocs).toBe(gallery.totalDocs)
    expect(seen.docs.every((doc) => doc.status === 'approved')).toBe(true)
  })

  it('sees only their own business’s reports', async () => {
    const seen = (await getJson('/api/incidents?limit=1000&depth=0', member)).body as List
    expect(seen.docs.length).toBeGreaterThan(0)
    expect(seen.docs.every((doc) => doc.business === memberBusiness)).toBe(true)
    const direct = await getJson(`/api/incidents/${otherIncident.id}`, member)
    expect([403, 404]).toContain(direct.status)
  })

  it('cannot learn hidden fields through where or sort', async () => {
    const all = (await getJson('/api/offenders?limit=0', member)).body as List
    for (const query of [
      'where[policeNotes][exists]=true',
      'where[safeguardingNote][exists]=true',
      'where[proposedBy][exists]=true',
      'where[proposedBy.email][exists]=true',
    ]) {
      const response = await getJson(`/api/offenders?limit=0&${query}`, member)
      if (response.status === 200) expect((response.body as List).totalDocs).toBe(all.totalDocs)
      else expect(response.status).toBeGreaterThanOrEqual(400)
    }
    const sorted = await getJson('/api/offenders?limit=5&sort=policeNotes', member)
    if (sorted.status !== 200) expect(sorted.status).toBeGreaterThanOrEqual(400)
  })

  it('cannot set reporter, business or status on a new report', async () => {
    const response = await fetch(`${baseUrl()}/api/incidents`, {
      method: 'POST',
      headers: { ...member, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        type: 'theft',
        occurredAt: new Date(Date.now() - 60_000).toISOString(),
        description: 'Bag of coffee taken from the counter.',
        business: otherIncident.business,
        status: 'closed',
        reporter: 1,
      }),
    })
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: Doc }
    const stored = (await getJson(`/api/incidents/${doc.id}?depth=0`, admin)).body as Doc
    expect(stored.business).toBe(memberBusiness)
    expect(stored.status).toBe('submitted')
    expect(stored.reporter).not.toBe(1)
  })

  it('cannot open another business’s evidence file, which its own business can', async () => {
    const refused = await fetch(`${baseUrl()}/api/evidence/file/${otherPhoto.filename}`, { headers: member })
    expect([403, 404]).toContain(refused.status)
    const allowed = await fetch(`${baseUrl()}/api/evidence/file/${otherPhoto.filename}`, { headers: member2 })
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
    const allowed = await fetch(`${baseUrl()}/api/evidence/file/${profilePhoto}`, { headers: member })
    expect(allowed.status).toBe(200)
    expect(allowed.headers.get('cache-control')).toContain('no-store')
    const refused = await fetch(`${baseUrl()}/api/evidence/file/${profilePhoto}`, { headers: outreach })
    expect([403, 404]).toContain(refused.status)
  })
})

describe('partners over REST', () => {
  it('outreach is refused the offender gallery', async () => {
    const response = await getJson('/api/offenders', outreach)
    expect([401, 403]).toContain(response.status)
  })

  it('the ASB unit sees its remit only and cannot filter on who reported', async () => {
    const seen = (await getJson('/api/incidents?limit=1000&depth=0', asb)).body as List
    const remit = ['asb', 'begging', 'street-drinking', 'drugs', 'criminal-damage', 'exclusion-breach']
    expect(seen.docs.every((doc) => remit.includes(doc.type as string))).toBe(true)
    const filtered = await getJson('/api/incidents?limit=0&where[reporter][exists]=false', asb)
    if (filtered.status === 200) expect((filtered.body as List).totalDocs).toBe(seen.totalDocs)
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
