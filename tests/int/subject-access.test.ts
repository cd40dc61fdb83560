/**
 * Subject access requests and appeals: the one-month deadline, who may read requests, the export ZIP
 * (everything held on the person, and nobody else in it), profile suggestions by name, and an upheld
 * appeal lifting the exclusion.
 */
import { strFromU8, unzipSync } from 'fflate'
import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Account, MemberAccount, StaffAccount } from '@/access/accountOf'
import { readEvidenceBytes } from '@/features/evidence/readEvidenceBytes'
import { buildSubjectAccessZip } from '@/features/subjectAccess/buildSubjectAccessZip'
import { describeDeadline } from '@/features/subjectAccess/describeDeadline'
import { recordSubjectExport } from '@/features/subjectAccess/recordSubjectExport'
import { suggestProfilesByName } from '@/features/subjectAccess/suggestProfilesByName'
import { recordAudit } from '@/lib/audit/recordAudit'
import { escapeHtml } from '@/lib/text/escapeHtml'
import { attempt } from '../helpers/attempt'
import { tinyJpeg } from '../helpers/fixtures'
import { giveNotice } from '../helpers/giveNotice'
import { inPersonRecognitionAnswers } from '../helpers/recognitionAnswers'
import { loadRoleUsers, type Role } from '../helpers/roles'
import { testPayload } from '../helpers/testPayload'

let payload: Payload
let users: Record<Role, Account | null>
let manager: StaffAccount
const tag = Math.random().toString(36).slice(2, 7)
const subject = { firstName: 'Quillon', lastName: `Farthingale${tag}`, alias: `Quillfeather${tag}` }
const associate = { firstName: 'Marisol', lastName: `Venndrake${tag}`, alias: `Mazzarine${tag}` }
const visitorIp = '203.0.113.77'
const strangerPhone = '07700 900123'
const strangerEmail = `witness.${tag}@example.test`
const noticeServer = `Constable Brackenbury${tag}`

type Fixture = {
  requestId: number
  subjectId: number
  associateId: number
  incidentIds: number[]
  recognitionId: number
  evidence: { id: number; filename: string; kind: string }[]
  thirdPartyTexts: string[]
}
let fx: Fixture

const named = (account: Account | null) => account as Account & { name: string; email: string }

const createFixture = async (): Promise<Fixture> => {
  const member = named(users.member) as MemberAccount & { name: string }
  const member2 = named(users['business-manager']) as MemberAccount & { name: string }
  const image = await tinyJpeg()
  const associateProfile = await payload.create({
    collection: 'offenders',
    data: { ...associate, aliases: [{ alias: associate.alias }], status: 'approved', gallery: 'known' },
    depth: 0,
    overrideAccess: true, // set-up
  })
  const subjectProfile = await payload.create({
    collection: 'offenders',
    data: {
      firstName: subject.firstName,
      lastName: subject.lastName,
      aliases: [{ alias: subject.alias }],
      status: 'approved',
      gallery: 'known',
      warningMarkers: ['prolific'],
      appearance: {
        height: '5ft 9',
        hair: 'Short red hair',
        distinguishingFeatures: 'Anchor tattoo, left hand',
      },
      modusOperandi: `Works with ${associate.firstName} ${associate.lastName}: one distracts staff.`,
      associates: [associateProfile.id],
      policeNotes: `Spoken to by ${manager.name} about a warning.`,
    },
    depth: 0,
    overrideAccess: true, // set-up
  })
  await payload.create({
    collection: 'exclusion-notices',
    data: {
      offender: subjectProfile.id,
      outcome: 'running',
      stage: 'exclusion',
      startsAt: '2026-06-01T09:00:00.000Z',
      calculation: { overrideReason: `Threatened ${manager.name} at the till.` },
      service: {
        servedAt: '2026-06-01T09:00:00.000Z',
        servedByName: noticeServer,
        place: 'Copper Kettle Café',
      },
    },
    depth: 0,
    overrideAccess: true, // set-up
  })
  const photo = await payload.create({
    collection: 'evidence',
    data: { kind: 'offender-photo', offender: subjectProfile.id, caption: 'Custody-style photo' },
    file: { data: image, mimetype: 'image/jpeg', name: `sar-${tag}-profile.jpg`, size: image.length },
    depth: 0,
    overrideAccess: true, // set-up
  })
  // Reports by two members of business A, filed as them so the reporter comes from the session.
  const report = (reporter: MemberAccount, description: string, offenders: number[]) =>
    payload.create({
      collection: 'incidents',
      data: {
        type: 'theft',
        occurredAt: new Date(Date.now() - 86_400_000).toISOString(),
        summary: 'Stock taken',
        description,
        offenders,
      } as never,
      depth: 0,
      user: reporter,
      overrideAccess: true, // set-up as the member, so the hooks record them as reporter
    })
  const first = await report(
    member,
    `${associate.firstName} ${associate.lastName} kept ${member.name} talking; ring ${strangerPhone} or ` +
      `${strangerEmail}. <script>alert(1)</script>`,
    [subjectProfile.id, associateProfile.id],
  )
  const second = await report(member2, `Seen by ${member2.name} leaving with razors.`, [subjectProfile.id])
  await payload.update({
    collection: 'incidents',
    id: second.id,
    data: { police: { crimeReference: `CR/${tag}/26`, notes: `Passed to ${manager.name}.` } },
    depth: 0,
    user: manager,
    overrideAccess: false,
  })
  const still = await payload.create({
    collection: 'evidence',
    data: { kind: 'cctv-still', incident: first.id, caption: `Still sent by ${member.name}` },
    file: { data: image, mimetype: 'image/jpeg', name: `sar-${tag}-still.jpg`, size: image.length },
    depth: 0,
    user: member,
    overrideAccess: true, // set-up as the member, so the uploader is recorded
  })
  const recognition = await payload.create({
    collection: 'recognitions',
    data: {
      offender: subjectProfile.id,
      recognisedAt: new Date().toISOString(),
      ...inPersonRecognitionAnswers,
      confidence: 'certain',
      note: `${member2.name} knew them from school`,
    },
    depth: 0,
    user: member2,
    overrideAccess: true, // set-up as the member, so the recogniser is recorded
  })
  // A member viewing the profile, from a known address, with their name in the summary.
  const viewReq = await createLocalReq(
    { user: member, req: { headers: new Headers({ 'x-forwarded-for': visitorIp }) } },
    payload,
  )
  await recordAudit(viewReq, {
    action: 'view',
    summary: `Profile #${subjectProfile.id} viewed by ${member.name}`,
    entityCollection: 'offenders',
    entityId: subjectProfile.id,
  })
  // Staff opening one of the reports, written as the admin would record it.
  await recordAudit(await createLocalReq({ user: manager }, payload), {
    action: 'view',
    summary: `Report #${second.id} opened by ${manager.name}`,
    entityCollection: 'incidents',
    entityId: second.id,
  })
  const request = await payload.create({
    collection: 'subject-requests',
    data: {
      kind: 'access',
      status: 'open',
      subjectName: `${subject.firstName} ${subject.lastName}`,
      receivedAt: new Date().toISOString(),
      offenders: [subjectProfile.id],
    },
    depth: 0,
    user: manager,
    overrideAccess: false,
  })
  const staffAdmin = named(users.admin)
  return {
    requestId: request.id,
    subjectId: subjectProfile.id,
    associateId: associateProfile.id,
    incidentIds: [first.id, second.id],
    recognitionId: recognition.id,
    evidence: [photo, still].map((doc) => ({ id: doc.id, filename: doc.filename as string, kind: doc.kind })),
    thirdPartyTexts: [
      member.name,
      member.email,
      member2.name,
      member2.email,
      manager.name,
      manager.email,
      staffAdmin.name,
      staffAdmin.email,
      `${associate.firstName} ${associate.lastName}`,
      associate.lastName,
      associate.alias,
      visitorIp,
      strangerPhone,
      strangerEmail,
      noticeServer,
    ],
  }
}

beforeAll(async () => {
  payload = await testPayload()
  users = await loadRoleUsers(payload)
  manager = users['scheme-manager'] as StaffAccount
  fx = await createFixture()
})

describe('the response deadline', () => {
  it('is one calendar month after receipt, the month end when the day does not exist', async () => {
    const create = (receivedAt: string) =>
      payload.create({
        collection: 'subject-requests',
        data: { kind: 'access', status: 'open', subjectName: `Deadline ${tag}`, receivedAt },
        depth: 0,
        user: manager,
        overrideAccess: false,
      })
    expect((await create('2027-01-31T10:00:00.000Z')).dueAt?.slice(0, 10)).toBe('2027-02-28')
    expect((await create('2028-01-31T10:00:00.000Z')).dueAt?.slice(0, 10)).toBe('2028-02-29')
    expect((await create('2027-03-15T10:00:00.000Z')).dueAt?.slice(0, 10)).toBe('2027-04-15')
  })

  it('reads as a countdown, and as overdue once passed', () => {
    const now = new Date('2027-02-10T15:00:00.000Z')
    expect(describeDeadline('2027-02-22T09:00:00.000Z', now).text).toBe('Due in 12 days')
    expect(describeDeadline('2027-02-10T09:00:00.000Z', now).text).toBe('Due today')
    expect(describeDeadline('2027-02-07T09:00:00.000Z', now)).toMatchObject({
      text: 'Overdue by 3 days',
      overdue: true,
    })
  })
})

describe('who may see subject requests', () => {
  for (const role of ['member', 'business-manager', 'police', 'editor'] as const) {
    it(`refuses ${role}`, async () => {
      expect(
        await attempt(() =>
          payload.find({
            collection: 'subject-requests',
            depth: 0,
            limit: 1,
            user: users[role] ?? undefined,
            overrideAccess: false,
          }),
        ),
      ).toBe('denied')
      expect(
        await attempt(() =>
          payload.findByID({
            collection: 'subject-requests',
            id: fx.requestId,
            depth: 0,
            user: users[role] ?? undefined,
            overrideAccess: false,
          }),
        ),
      ).toBe('denied')
    })
  }

  it('builds no export for someone who may not read the request', async () => {
    expect(await buildSubjectAccessZip(payload, users.editor as StaffAccount, fx.requestId)).toBeNull()
  })

  it('lets nobody set when the request was exported', async () => {
    const updated = await payload.update({
      collection: 'subject-requests',
      id: fx.requestId,
      data: { exportedAt: '2020-01-01T00:00:00.000Z' },
      depth: 0,
      user: manager,
      overrideAccess: false,
    })
    expect(updated.exportedAt).not.toBe('2020-01-01T00:00:00.000Z')
  })
})

describe('profile suggestions', () => {
  it('finds the profile by a misspelt name and by an alias', async () => {
    const byName = await suggestProfilesByName(payload, manager, `Quilon ${subject.lastName}`)
    expect(byName.map((match) => match.id)).toContain(fx.subjectId)
    const byAlias = await suggestProfilesByName(payload, manager, subject.alias)
    expect(byAlias[0]?.id).toBe(fx.subjectId)
  })
})

describe('the export ZIP', () => {
  let files: Record<string, Uint8Array>
  type Data = {
    profiles: {
      reference: number
      firstName: string
      aliases: string[]
      associates: string | null
      exclusion: { stage: string }
      exclusionNotices: {
        stage: string
        calculation: { overrideReason: string | null }
        service: { servedBy: string | null }
      }[]
    }[]
    incidents: {
      reference: number
      business: string | null
      reportedBy: string
      otherPeopleInvolved: number
      police: { crimeReference: string | null }
    }[]
    recognitions: { reference: number; recognisedBy: string }[]
    images: { evidenceId: number; file: string | null }[]
    auditEntries: { action: string; by: string; about: string; reference: number }[]
  }
  let data: Data

  beforeAll(async () => {
    const zip = await buildSubjectAccessZip(payload, manager, fx.requestId)
    if (!zip) throw new Error('The export was not built')
    files = unzipSync(zip.bytes)
    data = JSON.parse(strFromU8(files['data.json'] as Uint8Array))
  })

  it('holds a readable summary, the data and the images', () => {
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['summary.html', 'data.json']))
    const html = strFromU8(files['summary.html'] as Uint8Array)
    expect(html).toContain(subject.lastName)
    expect(html).toContain('&lt;script&gt;')
    expect(html).not.toContain('<script>alert')
  })

  it('contains the profile, both reports, the recognition and the audit trail', () => {
    expect(data.profiles).toHaveLength(1)
    expect(data.profiles[0]).toMatchObject({
      reference: fx.subjectId,
      firstName: subject.firstName,
      aliases: [subject.alias],
      exclusion: { stage: 'exclusion' },
    })
    // The notice history, with who served it and the staff member named in the reason redacted.
    expect(data.profiles[0]?.exclusionNotices).toMatchObject([
      {
        stage: 'exclusion',
        calculation: { overrideReason: 'Threatened a member of staff at the till.' },
        service: { servedBy: 'a member of staff' },
      },
    ])
    expect(data.profiles[0]?.associates).toMatch(/^1 other people/)
    expect(data.incidents.map((incident) => incident.reference).sort()).toEqual([...fx.incidentIds].sort())
    for (const incident of data.incidents) {
      expect(incident.reportedBy).toBe('a scheme member')
      expect(incident.business).toBe('Copper Kettle Café') // a business is not a person: named
    }
    expect(
      data.incidents.find((incident) => incident.reference === fx.incidentIds[0])?.otherPeopleInvolved,
    ).toBe(1)
    expect(
      data.incidents.find((incident) => incident.reference === fx.incidentIds[1])?.police.crimeReference,
    ).toBe(`CR/${tag}/26`)
    expect(data.recognitions).toEqual([
      expect.objectContaining({ reference: fx.recognitionId, recognisedBy: 'a scheme member' }),
    ])
    const about = (kind: string, id: number) =>
      data.auditEntries.filter((entry) => entry.about === kind && entry.reference === id)
    expect(
      about('profile', fx.subjectId).some(
        (entry) => entry.action === 'view' && entry.by === 'a scheme member',
      ),
    ).toBe(true)
    expect(
      about('incident', fx.incidentIds[1] as number).some((entry) => entry.by === 'a member of staff'),
    ).toBe(true)
  })

  it('includes every image byte for byte as stored', async () => {
    for (const stored of fx.evidence) {
      const entry = data.images.find((image) => image.evidenceId === stored.id)
      // Stored as WebP (uploads are re-encoded), named by evidence id and kind.
      expect(entry?.file).toBe(`images/${stored.id}-${stored.kind}.webp`)
      const inZip = files[entry?.file as string] as Uint8Array
      const original = await readEvidenceBytes(payload, { id: stored.id }, stored.filename)
      expect(inZip.length).toBeGreaterThan(0)
      expect(Buffer.from(inZip).equals(original)).toBe(true)
    }
  })

  it('names no reporter, member, staff member or associate, and holds no IP address or contact detail', () => {
    const everything = Object.values(files)
      .map((bytes) => Buffer.from(bytes).toString('latin1') + Buffer.from(bytes).toString('utf8'))
      .join('\n')
      .toLowerCase()
    for (const text of fx.thirdPartyTexts) {
      expect(everything, text).not.toContain(text.toLowerCase())
      expect(everything, text).not.toContain(escapeHtml(text).toLowerCase())
    }
    expect(everything).not.toContain(`"ip"`)
  })
})

describe('recording the export', () => {
  it('stamps the request and audit-logs the export', async () => {
    const zip = await buildSubjectAccessZip(payload, manager, fx.requestId)
    if (!zip) throw new Error('The export was not built')
    const req = await createLocalReq({ user: manager }, payload)
    const before = new Date()
    await recordSubjectExport(req, zip)
    const request = await payload.findByID({
      collection: 'subject-requests',
      id: fx.requestId,
      depth: 0,
      user: manager,
      overrideAccess: false,
    })
    expect(new Date(request.exportedAt as string).getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000)
    const audit = await payload.find({
      collection: 'audit-log',
      where: {
        and: [
          { action: { equals: 'export' } },
          { entityCollection: { equals: 'subject-requests' } },
          { entityId: { equals: fx.requestId } },
        ],
      },
      depth: 0,
      limit: 5,
      user: manager,
      overrideAccess: false,
    })
    expect(audit.docs[0]?.actorId).toBe(manager.id)
  })
})

describe('appeals', () => {
  const excluded = async () => {
    const profile = await payload.create({
      collection: 'offenders',
      data: {
        firstName: 'Appellant',
        lastName: `Fixture${Math.random().toString(36).slice(2, 7)}`,
        status: 'approved',
        gallery: 'known',
      },
      depth: 0,
      overrideAccess: true, // set-up
    })
    const startsAt = new Date(Date.now() - 30 * 86_400_000).toISOString()
    await giveNotice(payload, profile.id, { stage: 'exclusion', startsAt })
    return profile
  }
  const answer = async (offender: number, appealOutcome: 'upheld' | 'partly-upheld') => {
    const appeal = await payload.create({
      collection: 'subject-requests',
      data: {
        kind: 'appeal',
        status: 'open',
        subjectName: 'Appellant',
        receivedAt: new Date().toISOString(),
        offenders: [offender],
      },
      depth: 0,
      user: manager,
      overrideAccess: false,
    })
    await payload.update({
      collection: 'subject-requests',
      id: appeal.id,
      data: { status: 'answered', appealOutcome },
      depth: 0,
      user: manager,
      overrideAccess: false,
    })
    const profile = await payload.findByID({
      collection: 'offenders',
      id: offender,
      depth: 0,
      overrideAccess: true, // read-back
    })
    return { profile, appealId: appeal.id }
  }

  it('lifts the exclusion when upheld, and audit-logs it', async () => {
    const offender = await excluded()
    const { profile: after, appealId } = await answer(offender.id, 'upheld')
    expect(after.exclusion?.stage).toBe('none')
    expect(new Date(after.exclusion?.endsAt as string).getTime()).toBeLessThanOrEqual(Date.now())
    // The appeal's own change is still audited after the nested profile update.
    const appealAudit = await payload.count({
      collection: 'audit-log',
      where: {
        and: [
          { entityCollection: { equals: 'subject-requests' } },
          { entityId: { equals: appealId } },
          { action: { equals: 'update' } },
        ],
      },
      overrideAccess: true, // read-back
    })
    expect(appealAudit.totalDocs).toBe(1)
    const notices = await payload.find({
      collection: 'exclusion-notices',
      where: { offender: { equals: offender.id } },
      depth: 0,
      overrideAccess: true, // read-back
    })
    expect(notices.docs.map((notice) => notice.outcome)).toEqual(['lifted'])
    const audit = await payload.find({
      collection: 'audit-log',
      where: {
        and: [
          { entityCollection: { equals: 'exclusion-notices' } },
          { entityId: { equals: notices.docs[0]?.id } },
          { summary: { contains: 'appeal' } },
        ],
      },
      depth: 0,
      limit: 5,
      overrideAccess: true, // read-back
    })
    expect(audit.docs).toHaveLength(1)
    expect(audit.docs[0]?.actorId).toBe(manager.id)
  })

  it('leaves a partly upheld appeal to staff', async () => {
    const offender = await excluded()
    const { profile: after } = await answer(offender.id, 'partly-upheld')
    expect(after.exclusion?.stage).toBe('exclusion')
  })
})
