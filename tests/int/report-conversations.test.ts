/**
 * Conversations on a report (docs/report-conversations.md): police and scheme staff ask the reporter a question
 * or for CCTV, the reporter answers with words and photos. A message follows its report: who may read the report
 * reads the thread, only its reporter (or their business manager) answers, the author comes from the session,
 * a refused answer writes nothing, the thread goes with the report, and it is in the evidence pack, its ZIP
 * export and the subject access export.
 */
import { strFromU8, unzipSync } from 'fflate'
import { createLocalReq, type Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Account, MemberAccount, StaffAccount } from '@/access/accountOf'
import { buildEvidenceExport } from '@/features/evidenceExport/buildEvidenceExport'
import { buildEvidencePack } from '@/features/evidencePack/buildEvidencePack'
import { askOnReport } from '@/features/reportConversations/askOnReport'
import { replyOnReport } from '@/features/reportConversations/replyOnReport'
import { anonymiseIncident } from '@/features/retention/anonymiseIncident'
import { defaultRetentionRules } from '@/features/retention/retentionRules'
import { buildSubjectAccessZip } from '@/features/subjectAccess/buildSubjectAccessZip'
import { attempt } from '../helpers/attempt'
import { findBySlug, tinyJpeg } from '../helpers/fixtures'
import { pdfTextOf } from '../helpers/pdfTextOf'
import { loadRoleUsers, type Role } from '../helpers/roles'
import { testPayload } from '../helpers/testPayload'

let payload: Payload
let users: Record<Role, Account | null>
let member: MemberAccount
let member2: MemberAccount
const overrideAccess = true // test set-up and reading back what was stored
const as = (account: Account | null) => ({ user: account ?? undefined, overrideAccess: false as const })

const photoFile = async () =>
  new File([new Uint8Array(await tinyJpeg())], 'IMG_0001.jpg', { type: 'image/jpeg' })

const newIncident = async (offenders: number[] = []) => {
  const business = await findBySlug(payload, 'copper-kettle-cafe')
  const incident = await payload.create({
    collection: 'incidents',
    data: {
      type: 'theft',
      business: business.id,
      reporter: member.id,
      occurredAt: new Date(Date.now() - 7_200_000).toISOString(),
      spot: 'till 2',
      description: 'A man in a green coat took three jars of honey and ran out',
      summary: 'Honey taken at till 2',
      offenders,
      policeCalled: true,
      status: 'submitted',
    },
    overrideAccess,
  })
  return incident.id
}

const ask = async (incidentId: number, account: Account | null = users.police, kind = 'cctv-request') => {
  const result = await askOnReport(payload, account, {
    incidentId,
    kind,
    body: 'Could you keep the till 2 camera footage for us?',
    cctvFrom: '2026-11-20T14:00',
    cctvTo: '2026-11-20T14:30',
    cctvPlace: 'Till 2 camera',
  })
  if (!result.ok) throw new Error(result.error)
  return result.id
}

const messagesOf = (incidentId: number) =>
  payload.find({
    collection: 'report-messages',
    where: { incident: { equals: incidentId } },
    sort: 'createdAt',
    depth: 0,
    overrideAccess,
  })

const countAll = async () => ({
  messages: (await payload.count({ collection: 'report-messages', overrideAccess })).totalDocs,
  evidence: (await payload.count({ collection: 'evidence', overrideAccess })).totalDocs,
})

beforeAll(async () => {
  payload = await testPayload()
  users = await loadRoleUsers(payload)
  member = users.member as MemberAccount
  const found = await payload.find({
    collection: 'members',
    where: { email: { equals: 'member2@ntars.test' } },
    limit: 1,
    depth: 0,
    overrideAccess,
  })
  member2 = { ...found.docs[0], collection: 'members' } as MemberAccount
})

afterEach(() => {
  vi.restoreAllMocks()
})

describe('police and staff ask', () => {
  it('police request CCTV on a report they can read: stamped, audit-logged, the reporter emailed', async () => {
    const send = vi.spyOn(payload, 'sendEmail').mockResolvedValue(undefined)
    const incidentId = await newIncident()
    const id = await ask(incidentId)
    const stored = await payload.findByID({ collection: 'report-messages', id, depth: 0, overrideAccess })
    expect(stored).toMatchObject({ kind: 'cctv-request', authorRole: 'police', cctvPlace: 'Till 2 camera' })
    expect(stored.author).toEqual({ relationTo: 'members', value: users.police?.id })
    expect(stored.cctvFrom).toBe('2026-11-20T14:00:00.000Z')
    expect(send).toHaveBeenCalledTimes(1)
    const email = send.mock.calls[0]?.[0] as { to: string; subject: string; html: string }
    expect(email.to).toBe(member.email)
    expect(email.subject).toContain('A request for CCTV about your report')
    expect(email.html).toContain(`/incidents/${incidentId}#conversation`)
    expect(email.html).not.toContain('honey')
    expect(email.html).not.toContain('camera footage')
    const audit = await payload.find({
      collection: 'audit-log',
      where: { and: [{ entityCollection: { equals: 'report-messages' } }, { entityId: { equals: id } }] },
      overrideAccess,
    })
    expect(audit.docs.map((entry) => entry.summary)).toContain(
      `Report message #${id} (cctv-request) on report #${incidentId}`,
    )
  })

  it('scheme staff ask a question; members, partners and editors may not ask', async () => {
    vi.spyOn(payload, 'sendEmail').mockResolvedValue(undefined)
    const incidentId = await newIncident()
    const id = await ask(incidentId, users['scheme-manager'], 'question')
    const stored = await payload.findByID({ collection: 'report-messages', id, depth: 0, overrideAccess })
    expect(stored.authorRole).toBe('scheme')
    for (const role of ['member', 'business-manager', 'partner-asb', 'editor', 'anonymous'] as const) {
      const result = await askOnReport(payload, users[role], { incidentId, kind: 'question', body: 'Hello?' })
      expect(result.ok, role).toBe(false)
    }
    expect((await messagesOf(incidentId)).totalDocs).toBe(1)
  })

  it('refuses bad input with a clear message and writes nothing', async () => {
    const incidentId = await newIncident()
    const before = await countAll()
    const cases: [Record<string, unknown>, string][] = [
      [{ incidentId, kind: 'question', body: '   ' }, 'Write what you want to ask.'],
      [{ incidentId: 'abc', kind: 'question', body: 'Hi' }, 'Choose a report.'],
      [{ incidentId, kind: 'reply', body: 'Hi' }, 'Choose a question or a CCTV request.'],
      [
        {
          incidentId,
          kind: 'cctv-request',
          body: 'Hi',
          cctvFrom: '2026-11-20T15:00',
          cctvTo: '2026-11-20T14:00',
        },
        'The CCTV wanted must end after it starts.',
      ],
      [{ incidentId: 999_999_999, kind: 'question', body: 'Hi' }, 'That report was not found.'],
    ]
    for (const [input, message] of cases) {
      expect(await askOnReport(payload, users.police, input)).toEqual({ ok: false, error: message })
    }
    expect(await countAll()).toEqual(before)
  })
})

describe('the reporter answers', () => {
  let incidentId: number
  let askId: number
  beforeAll(async () => {
    vi.spyOn(payload, 'sendEmail').mockResolvedValue(undefined)
    incidentId = await newIncident()
    askId = await ask(incidentId)
  })

  it('lets whoever reads the report read the thread, and nobody else', async () => {
    const readers: Record<Role, boolean> = {
      anonymous: false,
      member: true,
      'business-manager': true,
      police: true,
      'partner-asb': false,
      'partner-outreach': false,
      editor: false,
      'scheme-manager': true,
      admin: true,
    }
    for (const [role, allowed] of Object.entries(readers) as [Role, boolean][]) {
      const found = await payload.findByID({
        collection: 'report-messages',
        id: askId,
        depth: 0,
        disableErrors: true,
        ...as(users[role]),
      })
      expect(Boolean(found), role).toBe(allowed)
    }
    const other = await payload.find({
      collection: 'report-messages',
      where: { incident: { equals: incidentId } },
      ...as(member2),
    })
    expect(other.totalDocs).toBe(0)
  })

  it('refuses an answer on a report the member cannot read, with nothing written', async () => {
    const before = await countAll()
    const result = await replyOnReport(payload, member2, {
      incidentId,
      body: 'I am not the reporter',
      photos: [await photoFile()],
    })
    expect(result).toEqual({ ok: false, error: 'That report was not found.' })
    await expect(
      payload.create({
        collection: 'report-messages',
        data: { incident: incidentId, kind: 'reply', body: 'Sneaky' },
        ...as(member2),
      }),
    ).rejects.toThrow()
    expect(await countAll()).toEqual(before)
  })

  it('takes the author from the session and lets a member write replies only', async () => {
    vi.spyOn(payload, 'sendEmail').mockResolvedValue(undefined)
    const created = await payload.create({
      collection: 'report-messages',
      data: {
        incident: incidentId,
        kind: 'reply',
        body: 'Set by the API',
        author: { relationTo: 'users', value: (users.admin as StaffAccount).id },
        authorRole: 'police',
      } as never,
      depth: 0,
      ...as(member),
    })
    expect(created.author).toEqual({ relationTo: 'members', value: member.id })
    expect(created.authorRole).toBe('reporter')
    await expect(
      payload.create({
        collection: 'report-messages',
        data: { incident: incidentId, kind: 'question', body: 'Can I ask?' },
        ...as(member),
      }),
    ).rejects.toThrow()
    // Nobody but scheme staff edits or deletes a message.
    for (const account of [member, users.police, users['business-manager']]) {
      expect(
        await attempt(() =>
          payload.update({
            collection: 'report-messages',
            id: created.id,
            data: { body: 'Edited' },
            ...as(account),
          }),
        ),
      ).toBe('denied')
      expect(
        await attempt(() =>
          payload.delete({ collection: 'report-messages', id: created.id, ...as(account) }),
        ),
      ).toBe('denied')
    }
  })

  it('answers with words and a photo; the asker is emailed; the photo is read through the report', async () => {
    const send = vi.spyOn(payload, 'sendEmail').mockResolvedValue(undefined)
    const result = await replyOnReport(payload, member, {
      incidentId,
      body: 'Yes, I have kept 14:00 to 14:30 from the till camera.',
      photos: [await photoFile()],
    })
    if (!result.ok) throw new Error(result.error)
    const stored = await payload.findByID({
      collection: 'report-messages',
      id: result.id,
      depth: 0,
      overrideAccess,
    })
    expect(stored.kind).toBe('reply')
    expect(stored.photos).toHaveLength(1)
    const photoId = stored.photos?.[0] as number
    const photo = await payload.findByID({ collection: 'evidence', id: photoId, depth: 0, overrideAccess })
    expect(photo.incident).toBe(incidentId)
    expect(photo.uploadedBy).toBe(member.id)
    expect(photo.mimeType).toBe('image/webp') // re-encoded by the evidence pipeline
    expect(
      await payload.findByID({
        collection: 'evidence',
        id: photoId,
        disableErrors: true,
        ...as(users.police),
      }),
    ).toBeTruthy()
    expect(
      await payload.findByID({ collection: 'evidence', id: photoId, disableErrors: true, ...as(member2) }),
    ).toBeNull()
    const police = await payload.findByID({
      collection: 'members',
      id: users.police?.id as number,
      depth: 0,
      overrideAccess,
    })
    expect(send).toHaveBeenCalledTimes(1)
    const email = send.mock.calls[0]?.[0] as { to: string; subject: string; html: string }
    expect(email.to).toBe(police.email)
    expect(email.subject).toContain('An answer on report')
    expect(email.html).not.toContain('till camera')
  })

  it('refuses a bad photo with a clear message and writes nothing', async () => {
    const before = await countAll()
    const fake = new File([new TextEncoder().encode('not an image')], 'a.jpg', { type: 'image/jpeg' })
    const result = await replyOnReport(payload, member, { incidentId, body: 'Here', photos: [fake] })
    expect(result.ok).toBe(false)
    const tooMany = await replyOnReport(payload, member, {
      incidentId,
      body: 'Here',
      photos: await Promise.all([1, 2, 3, 4, 5].map(photoFile)),
    })
    expect(tooMany).toEqual({ ok: false, error: 'Attach at most 4 photos.' })
    expect(await countAll()).toEqual(before)
  })

  it('puts the thread in the evidence pack and in its ZIP export', async () => {
    const built = await buildEvidencePack(payload, users.police, { incidentIds: [incidentId] })
    const text = pdfTextOf(built.bytes)
    expect(built.printed.some((line) => line.startsWith('Conversation with the reporter ('))).toBe(true)
    expect(text).toContain('CCTV request from Police')
    expect(text).toContain('Could you keep the till 2 camera footage for us?')
    expect(text).toContain('Reply from Reporter')
    expect(text).toContain('I have kept 14:00 to 14:30 from the till camera.')
    const exported = await buildEvidenceExport(payload, users.police, { incidentIds: [incidentId] })
    const files = unzipSync(exported.bytes)
    const reportPath = exported.manifest.incidents[0]?.report as string
    const report = JSON.parse(strFromU8(files[reportPath] as Uint8Array))
    const kinds = report.conversation.map((message: { kind: string }) => message.kind)
    expect(kinds[0]).toBe('cctv-request')
    expect(kinds).toContain('reply')
    const withPhoto = report.conversation.find((message: { evidence: unknown[] }) => message.evidence.length)
    expect(withPhoto.author).toBe('reporter')
    expect(files[withPhoto.evidence[0].file]).toBeTruthy()
  })
})

/** A new report, asked about and answered by its reporter with one photo: the report's id and the photo's. */
const answeredWithPhoto = async (body: string) => {
  const incidentId = await newIncident()
  await ask(incidentId)
  const reply = await replyOnReport(payload, member, { incidentId, body, photos: [await photoFile()] })
  if (!reply.ok) throw new Error(reply.error)
  const message = await payload.findByID({
    collection: 'report-messages',
    id: reply.id,
    depth: 0,
    overrideAccess,
  })
  return { incidentId, photoId: message.photos?.[0] as number }
}

describe('retention and the subject access export', () => {
  it('puts the messages about a subject’s report in their export, redacted', async () => {
    vi.spyOn(payload, 'sendEmail').mockResolvedValue(undefined)
    const manager = users['scheme-manager'] as StaffAccount
    const profile = await payload.create({
      collection: 'offenders',
      data: { firstName: 'Quill', lastName: 'Ashgrove', status: 'approved', gallery: 'known' },
      depth: 0,
      overrideAccess,
    })
    const incidentId = await newIncident([profile.id])
    await ask(incidentId)
    const reply = await replyOnReport(payload, member, {
      incidentId,
      body: `He comes in most Fridays. Ask ${member.name} at ${member.email}.`,
      photos: [await photoFile()],
    })
    if (!reply.ok) throw new Error(reply.error)
    const request = await payload.create({
      collection: 'subject-requests',
      data: {
        kind: 'access',
        status: 'open',
        subjectName: 'Quill Ashgrove',
        receivedAt: new Date().toISOString(),
        offenders: [profile.id],
      },
      depth: 0,
      user: manager,
      overrideAccess: false,
    })
    const zip = await buildSubjectAccessZip(payload, manager, request.id)
    if (!zip) throw new Error('The export was not built')
    const files = unzipSync(zip.bytes)
    const data = JSON.parse(strFromU8(files['data.json'] as Uint8Array))
    const report = data.incidents.find((incident: { reference: number }) => incident.reference === incidentId)
    expect(report.conversation).toHaveLength(2)
    expect(report.conversation[0]).toMatchObject({ kind: 'cctv-request', by: 'a member of staff' })
    expect(report.conversation[1].kind).toBe('reply')
    expect(report.conversation[1].by).toBe('a scheme member')
    expect(report.conversation[1].text).toContain('He comes in most Fridays.')
    expect(report.conversation[1].text).not.toContain(member.email)
    expect(report.conversation[1].images[0]).toMatch(/^images\//)
  })

  it('removes the thread and its photos when the report is anonymised', async () => {
    vi.spyOn(payload, 'sendEmail').mockResolvedValue(undefined)
    const { incidentId, photoId } = await answeredWithPhoto('Kept it')
    const incident = await payload.findByID({
      collection: 'incidents',
      id: incidentId,
      depth: 0,
      overrideAccess,
    })
    const req = await createLocalReq({}, payload)
    await anonymiseIncident(req, incident, defaultRetentionRules, new Date())
    expect((await messagesOf(incidentId)).totalDocs).toBe(0)
    expect(
      await payload.findByID({ collection: 'evidence', id: photoId, disableErrors: true, overrideAccess }),
    ).toBeNull()
    const audit = await payload.find({
      collection: 'audit-log',
      where: {
        and: [
          { entityCollection: { equals: 'incidents' } },
          { entityId: { equals: incidentId } },
          { action: { equals: 'anonymise' } },
        ],
      },
      overrideAccess,
    })
    expect(
      (audit.docs[0]?.details as { reportMessagesDeleted?: number[] } | undefined)?.reportMessagesDeleted,
    ).toHaveLength(2)
    // An anonymised report has nobody to ask.
    const again = await askOnReport(payload, users.police, {
      incidentId,
      kind: 'question',
      body: 'Still there?',
    })
    expect(again.ok).toBe(false)
  })

  it('removes the thread and its photos when staff delete the report', async () => {
    vi.spyOn(payload, 'sendEmail').mockResolvedValue(undefined)
    const { incidentId, photoId } = await answeredWithPhoto('Kept it')
    await payload.delete({ collection: 'incidents', id: incidentId, ...as(users['scheme-manager']) })
    expect((await messagesOf(incidentId)).totalDocs).toBe(0)
    expect(
      await payload.findByID({ collection: 'evidence', id: photoId, disableErrors: true, overrideAccess }),
    ).toBeNull()
    const [entry] = (
      await payload.find({
        collection: 'audit-log',
        where: {
          and: [{ entityCollection: { equals: 'report-messages' } }, { action: { equals: 'delete' } }],
        },
        sort: '-sequence',
        limit: 1,
        depth: 0,
        overrideAccess,
      })
    ).docs
    expect(entry?.details).toMatchObject({ incident: incidentId, photosDeleted: [photoId] })
  })

  it('keeps a reply photo that staff also put on a profile when the report is deleted', async () => {
    vi.spyOn(payload, 'sendEmail').mockResolvedValue(undefined)
    const { incidentId, photoId } = await answeredWithPhoto('Him')
    const profile = await payload.create({
      collection: 'offenders',
      data: { displayName: 'Thread Photo Fixture', status: 'proposed', gallery: 'known', photos: [photoId] },
      context: { skipDuplicateCheck: true },
      overrideAccess,
    })
    await payload.delete({ collection: 'incidents', id: incidentId, ...as(users['scheme-manager']) })
    expect(
      await payload.findByID({ collection: 'evidence', id: photoId, disableErrors: true, overrideAccess }),
    ).not.toBeNull()
    await payload.delete({ collection: 'offenders', id: profile.id, overrideAccess })
  })
})
