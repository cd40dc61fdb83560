/**
 * The report path with files on UploadThing (the local stand-in of its HTTP API): when the store answers
 * 500 the report is refused whole with a message naming the photo; a report refused after a photo was
 * already uploaded deletes that upload; once the store answers again the same submission files.
 *
 * The app is configured from the environment when payload.config is first loaded, so UploadThing is
 * switched on before Payload and fileReport are imported (this file's own module graph: vitest isolates files).
 */
import { randomUUID } from 'node:crypto'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { MemberAccount } from '@/access/accountOf'
import type { fileReport as FileReport } from '@/features/reports/fileReport'
import { reportMessages } from '@/features/reports/reportMessages'
import { londonNowLocal } from '@/lib/time/londonTime'
import { startUploadthingStandIn, type UploadthingStandIn } from '../helpers/uploadthingStandIn'

let standIn: UploadthingStandIn
let payload: Payload
let fileReport: typeof FileReport
let member: MemberAccount
const overrideAccess = true // reading back what was stored, whoever may see it
const savedEnv = { ...process.env }

const counts = async () => ({
  incidents: (await payload.count({ collection: 'incidents', overrideAccess })).totalDocs,
  evidence: (await payload.count({ collection: 'evidence', overrideAccess })).totalDocs,
})

const reportForm = async (key: string, photos: { bytes: Buffer; type: string }[]) => {
  const form = new FormData()
  form.set('type', 'criminal-damage')
  form.set('occurredAt', londonNowLocal(new Date(Date.now() - 20 * 60_000)))
  form.set('description', 'Scratched the shop window with a key.')
  form.set('idempotencyKey', key)
  for (const [index, photo] of photos.entries()) {
    form.append('photos', new File([new Uint8Array(photo.bytes)], `cctv-${index}.jpg`, { type: photo.type }))
  }
  return form
}
const jpeg = async () => ({
  bytes: await sharp({ create: { width: 300, height: 200, channels: 3, background: '#775533' } })
    .jpeg()
    .toBuffer(),
  type: 'image/jpeg',
})

beforeAll(async () => {
  standIn = await startUploadthingStandIn()
  Object.assign(process.env, standIn.env)
  ;({ fileReport } = await import('@/features/reports/fileReport'))
  payload = await (await import('../helpers/testPayload')).testPayload()
  const users = await (await import('../helpers/roles')).loadRoleUsers(payload)
  member = users.member as MemberAccount
})
afterAll(async () => {
  process.env = savedEnv
  await standIn?.close()
})

describe('UploadThing failing', () => {
  it('refuses the report whole while the store answers 500, with a message naming the photo', async () => {
    standIn.failWith(500)
    const before = await counts()
    const key = randomUUID()
    const result = await fileReport(member, await reportForm(key, [await jpeg()]))
    standIn.failWith(null)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.message).toBe(reportMessages.photoNotSaved)
    expect(await counts()).toEqual(before)
    expect(standIn.files.size).toBe(0)
  })

  it('deletes a photo already uploaded when a later one is refused', async () => {
    const before = await counts()
    const disguised = { bytes: Buffer.from('<html><script>alert(1)</script></html>'), type: 'image/jpeg' }
    const result = await fileReport(member, await reportForm(randomUUID(), [await jpeg(), disguised]))
    expect(result.ok).toBe(false)
    expect(await counts()).toEqual(before)
    // The first photo reached UploadThing before the second was refused; nothing points at it, so it is gone.
    expect(standIn.requests.some((request) => request.method === 'PUT')).toBe(true)
    expect(standIn.files.size).toBe(0)
  })

  it('files the report, its photo on the store, once the store answers again', async () => {
    const key = randomUUID()
    const result = await fileReport(member, await reportForm(key, [await jpeg()]))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const incident = await payload.findByID({
      collection: 'incidents',
      id: result.id,
      depth: 1,
      overrideAccess,
    })
    const photo = incident.evidence?.[0]
    if (typeof photo !== 'object' || !photo) throw new Error('the report has no photo at depth 1')
    // The photo keeps the key UploadThing gave its file, and the store holds that file under it, privately.
    expect(standIn.files.get(photo._key as string)).toMatchObject({
      key: photo._key,
      name: photo.filename,
      type: 'image/webp',
      acl: 'private',
    })
    // Leave no UploadThing-backed rows behind for later test files, which run with files on local disk.
    await payload.delete({ collection: 'incidents', id: result.id, overrideAccess })
    await payload.delete({ collection: 'evidence', id: photo.id, overrideAccess })
    expect(standIn.files.has(photo._key as string)).toBe(false)
  })
})
