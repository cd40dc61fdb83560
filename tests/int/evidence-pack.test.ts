/**
 * Evidence packs (features/evidencePack): what the PDF prints is what the scheme holds — the statement, UK
 * times, place, reporter contact, police fields, and for each image the fingerprint of the original upload
 * and of the stored file, both recomputed here from what was stored; every export is audit-logged; only
 * police and scheme managers may export, and only what they may read.
 */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Account, MemberAccount } from '@/access/accountOf'
import { buildEvidencePack } from '@/features/evidencePack/buildEvidencePack'
import { EvidencePackRefused } from '@/features/evidencePack/EvidencePackRefused'
import { gatherEvidencePack } from '@/features/evidencePack/gatherEvidencePack'
import { fileReport } from '@/features/reports/fileReport'
import { londonNowLocal } from '@/lib/time/londonTime'
import { storageDir } from '@/lib/uploads/storageDir'
import { pdfTextOf } from '../helpers/pdfTextOf'
import { loadRoleUsers, type Role } from '../helpers/roles'
import { testPayload } from '../helpers/testPayload'

let payload: Payload
let users: Record<Role, Account | null>
let member: MemberAccount
let incidentId: number
let otherIncidentId: number
let offenderId: number
let uploaded: Buffer
const overrideAccess = true // test set-up and reading back what was stored

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

const photo = () =>
  sharp({ create: { width: 300, height: 200, channels: 3, background: '#4477aa' } })
    .withExif({ IFD0: { Make: 'FictionalPhone' } })
    .jpeg()
    .toBuffer()

const refusal = async (viewer: Account | null) => {
  try {
    await gatherEvidencePack(payload, viewer, { incidentIds: [incidentId] })
  } catch (error) {
    if (error instanceof EvidencePackRefused) return error.status
    throw error
  }
  return 'allowed'
}

beforeAll(async () => {
  payload = await testPayload()
  users = await loadRoleUsers(payload)
  member = users.member as MemberAccount
  const offender = await payload.create({
    collection: 'offenders',
    data: { firstName: 'Packfixture', lastName: 'Person', status: 'approved', gallery: 'known' },
    overrideAccess,
  })
  offenderId = offender.id
  uploaded = await photo()
  const data = new FormData()
  data.append('type', 'theft')
  data.append('occurredAt', londonNowLocal(new Date(Date.now() - 30 * 60_000)))
  data.append('description', 'Fictional test: took two bottles of olive oil from the shelf by the till.')
  data.append('spot', 'aisle 3')
  data.append('valueLost', '17.50')
  data.append('offenderIds', String(offenderId))
  data.append('photos', new File([new Uint8Array(uploaded)], 'IMG_0001.jpg', { type: 'image/jpeg' }))
  const result = await fileReport(member, data)
  if (!result.ok) throw new Error(`Fixture report failed: ${JSON.stringify(result)}`)
  incidentId = result.id
  await payload.update({
    collection: 'incidents',
    id: incidentId,
    data: { police: { crimeReference: 'NP-FIXTURE-4471', outcome: 'charge' } },
    user: users.police,
    overrideAccess: false,
  })
  const other = await payload.create({
    collection: 'incidents',
    data: {
      type: 'asb',
      business: member.business as number,
      occurredAt: new Date(Date.now() - 7_200_000).toISOString(),
      description: 'Fictional test: shouting at the door, not linked to the profile.',
      status: 'submitted',
    },
    overrideAccess,
  })
  otherIncidentId = other.id
})

describe('an incident’s evidence pack', () => {
  it('prints both fingerprints of each image, recomputed from what was stored, and the reporter', async () => {
    const built = await buildEvidencePack(payload, users.police, { incidentIds: [incidentId] })
    const incident = await payload.findByID({
      collection: 'incidents',
      id: incidentId,
      depth: 0,
      overrideAccess,
    })
    const evidenceId = incident.evidence?.[0] as number
    const evidence = await payload.findByID({
      collection: 'evidence',
      id: evidenceId,
      depth: 0,
      overrideAccess,
    })
    const storedBytes = await readFile(path.join(storageDir, 'evidence', evidence.filename as string))

    // What the app recorded at upload is the fingerprint of exactly the bytes the member sent.
    expect(evidence.originalSha256).toBe(sha256(uploaded))
    // The stored copy is the re-encoded file, so it has a different fingerprint.
    expect(sha256(storedBytes)).not.toBe(sha256(uploaded))

    const [packIncident] = built.pack.incidents
    expect(packIncident?.images).toHaveLength(1)
    expect(packIncident?.images[0]?.originalSha256).toBe(evidence.originalSha256)
    expect(packIncident?.images[0]?.storedSha256).toBe(sha256(storedBytes))

    const text = pdfTextOf(built.bytes)
    expect(text).toContain(`SHA-256 of the original upload: ${sha256(uploaded)}`)
    expect(text).toContain(sha256(storedBytes))
    expect(built.printed.join('\n')).toContain(sha256(uploaded))

    const reporter = await payload.findByID({
      collection: 'members',
      id: member.id,
      depth: 0,
      overrideAccess,
    })
    expect(text).toContain(`Name: ${reporter.name}`)
    expect(text).toContain(`Email: ${reporter.email}`)
    expect(text).toContain(`Phone: ${reporter.phone || 'Not recorded'}`)
    expect(text).toContain('Crime reference: NP-FIXTURE-4471')
    expect(text).toContain('Police outcome: Charge')
    expect(text).toContain('took two bottles of olive oil from the shelf by the till.')
    expect(text).toContain('Spot: aisle 3')
    expect(text).toContain('Value lost: £17.50')
    expect(text).toContain(built.pack.packId)
    expect(text).toMatch(/\(UK time\)/)
    // The image itself is in the file as a JPEG.
    expect(Buffer.from(built.bytes).includes(Buffer.from('/DCTDecode'))).toBe(true)
  })

  it('records the export in the audit log with the incidents and pack id', async () => {
    const built = await buildEvidencePack(payload, users['scheme-manager'], { incidentIds: [incidentId] })
    const entries = await payload.find({
      collection: 'audit-log',
      where: {
        and: [
          { action: { equals: 'export' } },
          { entityCollection: { equals: 'incidents' } },
          { entityId: { equals: incidentId } },
        ],
      },
      sort: '-createdAt',
      limit: 5,
      overrideAccess,
    })
    const entry = entries.docs.find(
      (doc) => (doc.details as { packId?: string } | null)?.packId === built.pack.packId,
    )
    expect(entry?.actorCollection).toBe('users')
    expect(entry?.actorId).toBe(users['scheme-manager']?.id)
    expect((entry?.details as { incidentIds?: number[] } | undefined)?.incidentIds).toEqual([incidentId])
  })
})

describe('an offender’s evidence pack', () => {
  it('prints the profile and the chosen linked incidents', async () => {
    const built = await buildEvidencePack(payload, users.police, { offenderId, incidentIds: [incidentId] })
    const text = pdfTextOf(built.bytes)
    expect(text).toContain('Subject: Packfixture Person')
    expect(built.pack.incidents.map((incident) => incident.id)).toEqual([incidentId])
    const entries = await payload.find({
      collection: 'audit-log',
      where: { and: [{ action: { equals: 'export' } }, { entityCollection: { equals: 'offenders' } }] },
      sort: '-createdAt',
      limit: 1,
      overrideAccess,
    })
    expect(entries.docs[0]?.entityId).toBe(offenderId)
  })

  it('refuses an incident that is not linked to the profile', async () => {
    await expect(
      gatherEvidencePack(payload, users.police, { offenderId, incidentIds: [incidentId, otherIncidentId] }),
    ).rejects.toMatchObject({ status: 400 })
  })
})

describe('who may export', () => {
  it('refuses business staff (even for their own report), partners and editors', async () => {
    for (const role of [
      'anonymous',
      'member',
      'business-manager',
      'partner-asb',
      'partner-outreach',
      'editor',
    ] as const) {
      expect({ role, outcome: await refusal(users[role]) }).toEqual({ role, outcome: 403 })
    }
  })

  it('allows police, scheme managers and admins', async () => {
    for (const role of ['police', 'scheme-manager', 'admin'] as const) {
      expect({ role, outcome: await refusal(users[role]) }).toEqual({ role, outcome: 'allowed' })
    }
  })

  it('answers 404 for a report that does not exist, and writes no audit entry', async () => {
    const before = (await payload.count({ collection: 'audit-log', overrideAccess })).totalDocs
    await expect(
      buildEvidencePack(payload, users.police, { incidentIds: [999_999_999] }),
    ).rejects.toMatchObject({
      status: 404,
    })
    expect((await payload.count({ collection: 'audit-log', overrideAccess })).totalDocs).toBe(before)
  })
})
