/**
 * The subject access export route over HTTP: only scheme managers and admins get the ZIP; the public,
 * members and other staff are refused, and the download is never cached.
 */
import { strFromU8, unzipSync } from 'fflate'
import { beforeAll, describe, expect, it } from 'vitest'
import { baseUrl, getJson, signIn } from '../helpers/http'

let admin: Record<string, string>
let requestId: number
let offenderId: number
const exportPath = (id: number | string) => `/staff/subject-requests/${id}/export`

beforeAll(async () => {
  admin = await signIn('users', 'admin@ntars.test')
  const offenders = await getJson('/api/offenders?where[status][equals]=approved&limit=1&depth=0', admin)
  offenderId = offenders.body.docs[0].id
  const created = await fetch(`${baseUrl()}/api/subject-requests`, {
    method: 'POST',
    headers: { ...admin, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      kind: 'access',
      status: 'open',
      subjectName: 'HTTP fixture requester',
      receivedAt: new Date().toISOString(),
      offenders: [offenderId],
    }),
  })
  expect(created.status).toBe(201)
  requestId = ((await created.json()) as { doc: { id: number } }).doc.id
})

describe('who may download the export', () => {
  it('refuses the public', async () => {
    const response = await fetch(`${baseUrl()}${exportPath(requestId)}`)
    expect(response.status).toBe(401)
    expect(response.headers.get('content-type')).not.toContain('zip')
    expect(response.headers.get('cache-control')).toContain('no-store')
  })

  for (const [collection, email] of [
    ['members', 'member@ntars.test'],
    ['members', 'police@ntars.test'],
    ['users', 'editor@ntars.test'],
  ] as const) {
    it(`refuses ${email}`, async () => {
      const response = await fetch(`${baseUrl()}${exportPath(requestId)}`, {
        headers: await signIn(collection, email),
      })
      expect(response.status).toBe(403)
      expect(response.headers.get('content-type')).not.toContain('zip')
    })
  }

  it('answers 404 for a request that does not exist', async () => {
    expect((await fetch(`${baseUrl()}${exportPath(999_999_999)}`, { headers: admin })).status).toBe(404)
    expect((await fetch(`${baseUrl()}${exportPath('x1')}`, { headers: admin })).status).toBe(404)
  })

  it('gives a scheme manager the ZIP as an uncached attachment, and stamps the request', async () => {
    const manager = await signIn('users', 'manager@ntars.test')
    const askedAt = Date.now()
    const response = await fetch(`${baseUrl()}${exportPath(requestId)}`, { headers: manager })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/zip')
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="subject-access-request-/,
    )
    expect(response.headers.get('cache-control')).toContain('no-store')
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()))
    const data = JSON.parse(strFromU8(files['data.json'] as Uint8Array)) as {
      profiles: { reference: number }[]
    }
    expect(data.profiles.map((profile) => profile.reference)).toEqual([offenderId])
    expect(files['summary.html']).toBeDefined()
    const request = await getJson(`/api/subject-requests/${requestId}?depth=0`, admin)
    // Stamped by this download (the app and this test share the machine's clock).
    expect(Date.parse(request.body.exportedAt)).toBeGreaterThanOrEqual(askedAt)
    expect(Date.parse(request.body.exportedAt)).toBeLessThanOrEqual(Date.now())
  })
})
