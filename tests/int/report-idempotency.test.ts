/**
 * A retried report is one report: the form sends one submission key per report, and fileReport answers a key
 * this member already used with the report it made, also when two sends race. A photo store that fails refuses
 * the report whole, with a message naming the photo, and leaves no incident, no evidence row and no file.
 * (The same failure on UploadThing: report-uploadthing-failure.test.ts.)
 */
import { randomUUID } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { MemberAccount } from '@/access/accountOf'
import { fileReport } from '@/features/reports/fileReport'
import { reportMessages } from '@/features/reports/reportMessages'
import { londonNowLocal } from '@/lib/time/londonTime'
import { storageDir } from '@/lib/uploads/storageDir'
import { loadRoleUsers } from '../helpers/roles'
import { testPayload } from '../helpers/testPayload'

let payload: Payload
let member: MemberAccount
let otherMember: MemberAccount
const overrideAccess = true // reading back what was stored, whoever may see it

const incidentsWithKey = async (key: string) =>
  (
    await payload.find({
      collection: 'incidents',
      where: { idempotencyKey: { equals: key } },
      overrideAccess,
    })
  ).docs

const counts = async () => ({
  incidents: (await payload.count({ collection: 'incidents', overrideAccess })).totalDocs,
  evidence: (await payload.count({ collection: 'evidence', overrideAccess })).totalDocs,
})

const jpeg = () =>
  sharp({ create: { width: 320, height: 240, channels: 3, background: '#556677' } })
    .jpeg()
    .toBuffer()

const reportForm = async (key: string, { photos = 0, description = 'Took a bag of coffee beans.' } = {}) => {
  const form = new FormData()
  form.set('type', 'theft')
  form.set('occurredAt', londonNowLocal(new Date(Date.now() - 15 * 60_000)))
  form.set('description', description)
  form.set('idempotencyKey', key)
  for (let index = 0; index < photos; index++) {
    form.append(
      'photos',
      new File([new Uint8Array(await jpeg())], `till-${index}.jpg`, { type: 'image/jpeg' }),
    )
  }
  return form
}

beforeAll(async () => {
  payload = await testPayload()
  const users = await loadRoleUsers(payload)
  member = users.member as MemberAccount
  otherMember = users['business-manager'] as MemberAccount
})

describe('the same submission sent twice files one report', () => {
  it('answers the second send with the first report’s reference', async () => {
    const key = randomUUID()
    const first = await fileReport(member, await reportForm(key, { photos: 1 }))
    const before = await counts()
    const second = await fileReport(member, await reportForm(key, { photos: 1 }))
    expect(first.ok && second.ok).toBe(true)
    if (!first.ok || !second.ok) return
    expect(second.reference).toBe(first.reference)
    expect(second.id).toBe(first.id)
    expect(await counts()).toEqual(before)
    expect((await incidentsWithKey(key)).map((doc) => doc.id)).toEqual([first.id])
  })

  it('files one report when two identical sends race each other', async () => {
    const key = randomUUID()
    const before = await counts()
    const [left, right] = await Promise.all([
      fileReport(member, await reportForm(key, { photos: 1 })),
      fileReport(member, await reportForm(key, { photos: 1 })),
    ])
    expect(left.ok && right.ok).toBe(true)
    if (!left.ok || !right.ok) return
    expect(right.reference).toBe(left.reference)
    const filed = await incidentsWithKey(key)
    expect(filed).toHaveLength(1)
    // The loser's photo was rolled back with its incident: one incident, one photo.
    expect(await counts()).toEqual({ incidents: before.incidents + 1, evidence: before.evidence + 1 })
    expect(filed[0]?.evidence).toHaveLength(1)
  })

  it('keeps keys per reporter: another member’s report with the same key is their own report', async () => {
    const key = randomUUID()
    const mine = await fileReport(member, await reportForm(key))
    const theirs = await fileReport(otherMember, await reportForm(key))
    expect(mine.ok && theirs.ok).toBe(true)
    if (!mine.ok || !theirs.ok) return
    expect(theirs.id).not.toBe(mine.id)
  })

  it('refuses a key that is not a UUID and writes nothing', async () => {
    const before = await counts()
    const result = await fileReport(member, await reportForm("1' or '1'='1"))
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.fieldErrors?.idempotencyKey).toMatch(/reload the page/)
    expect(await counts()).toEqual(before)
  })
})

describe('a photo store that fails refuses the report whole', () => {
  const evidenceDir = path.join(storageDir, 'evidence')
  const parked = `${evidenceDir}.parked-by-idempotency-test`
  afterEach(() => {
    if (existsSync(parked)) {
      rmSync(evidenceDir, { force: true })
      renameSync(parked, evidenceDir)
    }
  })

  it('says the photo could not be saved, and keeps no incident, evidence row or file', async () => {
    // A plain file where the evidence folder should be: every write into it fails, as on a full or broken disk.
    mkdirSync(evidenceDir, { recursive: true })
    renameSync(evidenceDir, parked)
    writeFileSync(evidenceDir, 'not a folder')
    const before = await counts()
    const key = randomUUID()
    const result = await fileReport(member, await reportForm(key, { photos: 2 }))
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.message).toBe(reportMessages.photoNotSaved)
    expect(result.retry).toBe(true)
    expect(await counts()).toEqual(before)
    expect(await incidentsWithKey(key)).toEqual([])
  })

  it('files the same submission once the store works again', async () => {
    const key = randomUUID()
    const filesBefore = readdirSync(evidenceDir).length
    const result = await fileReport(member, await reportForm(key, { photos: 1 }))
    expect(result.ok).toBe(true)
    expect(await incidentsWithKey(key)).toHaveLength(1)
    expect(readdirSync(evidenceDir).length).toBeGreaterThan(filesBefore)
  })
})
