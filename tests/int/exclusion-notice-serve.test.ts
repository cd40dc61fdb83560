/**
 * Serving an exclusion notice (features/exclusionNotices/serveNotice): police serve the unserved notices of
 * gallery profiles, with a drawn signature or a refusal; the hook stores the served copy as a signed document
 * whose SHA-256 is of the exact bytes kept (recomputed here from the stored file) and which police can read.
 * Nobody else serves, nothing is served twice, and the printed notice says the zone, dates and appeal.
 */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { createLocalReq, type Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Account } from '@/access/accountOf'
import { servedMeanwhileMessage } from '@/collections/ExclusionNotices/hooks/refuseSecondService'
import { gatherNotice } from '@/collections/ExclusionNotices/notice/gatherNotice'
import { renderNoticePdf } from '@/collections/ExclusionNotices/notice/renderNoticePdf'
import { buildNoticePdf } from '@/features/exclusionNotices/buildNoticePdf'
import { listProfileNotices } from '@/features/exclusionNotices/listProfileNotices'
import { serveNotice } from '@/features/exclusionNotices/serveNotice'
import { formatLongDate } from '@/lib/format/formatLongDate'
import { storageDir } from '@/lib/uploads/storageDir'
import { pdfTextOf } from '../helpers/pdfTextOf'
import { loadRoleUsers, type Role } from '../helpers/roles'
import { testPayload } from '../helpers/testPayload'

let payload: Payload
let users: Record<Role, Account | null>
let galleryProfile: number
let proposedProfile: number
let safeguardedProfile: number
let signature: string
const overrideAccess = true // test set-up and reading back what was stored
const zone = 'Fixture zone: the shops between Quay Street and Anchor Lane.'
const startsAt = '2026-11-02T10:00:00.000Z'
const endsAt = '2027-11-02T10:00:00.000Z'
const appealFrom = '2027-05-02T10:00:00.000Z'

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

const profile = async (extra: { status: 'approved' | 'proposed'; safeguarding?: boolean }) =>
  (
    await payload.create({
      collection: 'offenders',
      data: {
        firstName: 'Noticefixture',
        lastName: Math.random().toString(36).slice(2, 7),
        gallery: 'known',
        ...extra,
      },
      overrideAccess,
    })
  ).id

const notice = async (offender: number, stage: 'warning' | 'exclusion' = 'exclusion') =>
  (
    await payload.create({
      collection: 'exclusion-notices',
      data: {
        offender,
        stage,
        outcome: 'running',
        zone,
        startsAt,
        endsAt,
        appealFrom,
        calculation: { overrideReason: 'Test set-up: the stage the test needs.' },
      },
      overrideAccess,
    })
  ).id

const readNotice = (id: number) =>
  payload.findByID({ collection: 'exclusion-notices', id, depth: 0, overrideAccess })

const signed = (id: number) => ({
  notice: id,
  place: 'Outside the Copper Kettle',
  signature: 'signed' as const,
  signatureImage: signature,
})
const refused = (id: number) => ({ notice: id, place: 'Market Square', signature: 'refused' as const })

beforeAll(async () => {
  payload = await testPayload()
  users = await loadRoleUsers(payload)
  galleryProfile = await profile({ status: 'approved' })
  proposedProfile = await profile({ status: 'proposed' })
  safeguardedProfile = await profile({ status: 'approved', safeguarding: true })
  const png = await sharp({ create: { width: 300, height: 100, channels: 4, background: '#ffffff' } })
    .composite([
      {
        input: Buffer.from(
          '<svg width="300" height="100"><path d="M10 80 C 60 10, 120 10, 290 60" stroke="black" stroke-width="4" fill="none"/></svg>',
        ),
      },
    ])
    .png()
    .toBuffer()
  signature = `data:image/png;base64,${png.toString('base64')}`
})

describe('police serving a notice', () => {
  it('serves with a signature: the signed copy is stored with the SHA-256 of its bytes and police can read it', async () => {
    const police = users.police as Account
    const id = await notice(galleryProfile)
    const result = await serveNotice(payload, police, signed(id))
    expect(result).toMatchObject({ ok: true })

    const served = await readNotice(id)
    expect(served.service?.servedAt).toBeTruthy()
    expect(served.service?.servedByMember).toBe(police.id)
    expect(served.service?.servedByStaff ?? null).toBeNull()
    expect(served.service?.servedByName).toContain(police.name)
    expect(served.service?.place).toBe('Outside the Copper Kettle')
    expect(served.service?.signature).toBe('signed')
    const documentId = served.service?.signedDocument as number
    expect(documentId).toBeTypeOf('number')

    const stored = await payload.findByID({
      collection: 'signed-documents',
      id: documentId,
      depth: 0,
      overrideAccess,
    })
    expect(stored.kind).toBe('exclusion-notice')
    expect(stored.offender).toBe(galleryProfile)
    const bytes = await readFile(path.join(storageDir, 'signed-documents', stored.filename as string))
    expect(stored.sha256).toBe(sha256(bytes))
    const text = pdfTextOf(bytes)
    expect(text).toContain('Where: Outside the Copper Kettle')
    expect(text).toContain('Signature of the person receiving this notice:')
    expect(text).not.toContain('Refused to sign')

    const asPolice = await payload.findByID({
      collection: 'signed-documents',
      id: documentId,
      depth: 0,
      user: police,
      overrideAccess: false,
      disableErrors: true,
    })
    expect(asPolice?.id).toBe(documentId)
    // The download after service is the stored signed copy, byte for byte.
    const downloaded = await buildNoticePdf(payload, police, id)
    expect(downloaded?.signedCopy).toBe(true)
    expect(sha256(downloaded?.bytes as Uint8Array)).toBe(stored.sha256)

    const audit = await payload.find({
      collection: 'audit-log',
      where: { entityCollection: { equals: 'exclusion-notices' }, entityId: { equals: id } },
      depth: 0,
      overrideAccess,
    })
    expect(audit.docs.map((entry) => entry.summary)).toContain(`Exclusion notice ${id} served`)
  })

  it('records a refusal to sign, and prints it on the signed copy', async () => {
    const id = await notice(galleryProfile, 'warning')
    expect(await serveNotice(payload, users.police as Account, refused(id))).toMatchObject({ ok: true })
    const served = await readNotice(id)
    expect(served.service?.signature).toBe('refused')
    const stored = await payload.findByID({
      collection: 'signed-documents',
      id: served.service?.signedDocument as number,
      depth: 0,
      overrideAccess,
    })
    const bytes = await readFile(path.join(storageDir, 'signed-documents', stored.filename as string))
    expect(stored.sha256).toBe(sha256(bytes))
    expect(pdfTextOf(bytes)).toContain('Signature: Refused to sign')
  })

  it('refuses a second service with a message, and police cannot rewrite a served notice', async () => {
    const police = users.police as Account
    const id = await notice(galleryProfile)
    expect(await serveNotice(payload, police, refused(id))).toMatchObject({ ok: true })
    const before = await readNotice(id)
    const again = await serveNotice(payload, police, signed(id))
    expect(again.ok).toBe(false)
    expect(again.ok ? '' : again.error).toMatch(/already served/)
    await expect(
      payload.update({
        collection: 'exclusion-notices',
        id,
        data: { service: { place: 'Somewhere else' } },
        user: police,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    const after = await readNotice(id)
    expect(after.service).toEqual(before.service)
  })

  it('refuses a missing or fake signature and writes nothing', async () => {
    const id = await notice(galleryProfile)
    const result = await serveNotice(payload, users.police as Account, {
      ...signed(id),
      signatureImage: `data:image/png;base64,${Buffer.from('not an image').toString('base64')}`,
    })
    expect(result.ok).toBe(false)
    expect((await readNotice(id)).service?.servedAt ?? null).toBeNull()
  })

  it('lets police change only the service fields', async () => {
    const id = await notice(galleryProfile)
    await payload.update({
      collection: 'exclusion-notices',
      id,
      data: { stage: 'warning', endsAt: '2030-01-01T00:00:00.000Z' },
      user: users.police,
      overrideAccess: false,
    })
    const after = await readNotice(id)
    expect(after.stage).toBe('exclusion')
    expect(after.endsAt).toBe(endsAt)
  })

  it('refuses police for a profile outside the gallery (proposed, safeguarded)', async () => {
    for (const offender of [proposedProfile, safeguardedProfile]) {
      const id = await notice(offender)
      const result = await serveNotice(payload, users.police as Account, refused(id))
      expect(result.ok).toBe(false)
      expect((await readNotice(id)).service?.servedAt ?? null).toBeNull()
      expect(await buildNoticePdf(payload, users.police as Account, id)).toBeNull()
    }
  })

  it('two services at the same moment: one stands, the other is refused, and one copy is stored', async () => {
    const id = await notice(galleryProfile)
    const results = await Promise.all([
      serveNotice(payload, users.police as Account, signed(id)),
      serveNotice(payload, users['scheme-manager'] as Account, refused(id)),
    ])
    expect(results.filter((result) => result.ok)).toHaveLength(1)
    expect(results.find((result) => !result.ok)).toMatchObject({ error: servedMeanwhileMessage })
    const copies = await payload.count({
      collection: 'signed-documents',
      where: { filename: { like: `exclusion-notice-${id}-served` } },
      overrideAccess,
    })
    expect(copies.totalDocs).toBe(1)
    const served = await readNotice(id)
    expect(served.service?.signedDocument).toBeTruthy()
  })

  it('refuses members, business managers and partners: they neither read nor serve notices', async () => {
    const id = await notice(galleryProfile)
    for (const role of ['member', 'business-manager', 'partner-asb', 'partner-outreach', 'editor'] as const) {
      const account = users[role] as Account
      expect(await serveNotice(payload, account, refused(id))).toMatchObject({ ok: false })
      expect(await buildNoticePdf(payload, account, id)).toBeNull()
      expect(await listProfileNotices(account, galleryProfile)).toBeNull()
      // A reporter may read the signed copies of their own witness statements, never a served notice.
      const noticeCopies = await payload
        .find({
          collection: 'signed-documents',
          where: { kind: { equals: 'exclusion-notice' } },
          depth: 0,
          limit: 1,
          user: account,
          overrideAccess: false,
        })
        .then((result) => result.totalDocs)
        .catch((error: { status?: number }) => (error.status === 403 ? 0 : Promise.reject(error)))
      expect(noticeCopies, role).toBe(0)
    }
    expect((await readNotice(id)).service?.servedAt ?? null).toBeNull()
  })

  it('lets a scheme manager serve, named from the staff account', async () => {
    const manager = users['scheme-manager'] as Account
    const id = await notice(galleryProfile)
    expect(await serveNotice(payload, manager, refused(id))).toMatchObject({ ok: true })
    const served = await readNotice(id)
    expect(served.service?.servedByStaff).toBe(manager.id)
    expect(served.service?.servedByName).toBe(manager.name)
  })

  it('names whoever records the service, whatever the data says', async () => {
    const manager = users['scheme-manager'] as Account
    const id = await notice(galleryProfile)
    await payload.update({
      collection: 'exclusion-notices',
      id,
      data: {
        service: {
          servedAt: new Date().toISOString(),
          servedByMember: (users.police as Account).id,
          place: 'Recorded from a paper copy',
          signature: 'signed',
        },
      },
      user: manager,
      overrideAccess: false,
    })
    const served = await readNotice(id)
    expect(served.service?.servedByStaff).toBe(manager.id)
    expect(served.service?.servedByMember ?? null).toBeNull()
    const stored = await payload.findByID({
      collection: 'signed-documents',
      id: served.service?.signedDocument as number,
      depth: 0,
      overrideAccess,
    })
    const bytes = await readFile(path.join(storageDir, 'signed-documents', stored.filename as string))
    expect(pdfTextOf(bytes)).toContain('Signature: Signed on paper')
  })

  it('lists the profile’s notices for police, served or not', async () => {
    const list = await listProfileNotices(users.police as Account, galleryProfile)
    expect(list?.length).toBeGreaterThanOrEqual(5)
    expect(list?.some((entry) => entry.servedAt)).toBe(true)
    expect(list?.some((entry) => !entry.servedAt)).toBe(true)
  })
})

describe('the notice PDF', () => {
  it('prints the zone, the dates in UK time and how to appeal', async () => {
    const id = await notice(galleryProfile, 'warning')
    const settings = await payload.findGlobal({ slug: 'scheme-settings', depth: 0, overrideAccess })
    const built = await buildNoticePdf(payload, users.police as Account, id)
    expect(built?.signedCopy).toBe(false)
    const text = pdfTextOf(built?.bytes as Uint8Array)
    expect(text).toContain('WARNING NOTICE (yellow)')
    expect(text).toContain('Fixture zone: the shops between Quay Street and Anchor Lane.')
    expect(text).toContain(`Starts: ${formatLongDate(startsAt)}`)
    expect(text).toContain(`Ends: ${formatLongDate(endsAt)}`)
    expect(text).toContain(`You may appeal from: ${formatLongDate(appealFrom)}`)
    expect(text).toContain('How to appeal')
    expect(text.replace(/\s+/g, ' ')).toContain(
      String(settings.exclusions?.appealHowTo ?? '')
        .split(' ')
        .slice(0, 8)
        .join(' '),
    )
    expect(text).toContain('How we use your information')
    expect(text).toContain('Name: Noticefixture')
  })

  it('prints a description, not a placeholder, for an unnamed person', async () => {
    const unnamed = await payload.create({
      collection: 'offenders',
      data: {
        status: 'approved',
        gallery: 'id-sought',
        appearance: { height: 'Tall', hair: 'Short grey' },
      },
      overrideAccess,
    })
    const id = await notice(unnamed.id)
    const req = await createLocalReq({ user: users['scheme-manager'] ?? undefined }, payload)
    const gathered = await gatherNotice(payload, req, id)
    const { bytes } = await renderNoticePdf(gathered as NonNullable<typeof gathered>)
    const text = pdfTextOf(bytes)
    expect(text).toContain('Name: Not known')
    expect(text).not.toContain('Unidentified person')
    expect(text).toContain('Hair: Short grey')
  })

  it('moves the signed copy with its notice to another profile, and deletes it with the notice', async () => {
    const id = await notice(galleryProfile)
    expect(await serveNotice(payload, users.police as Account, signed(id))).toMatchObject({ ok: true })
    const copyId = (await readNotice(id)).service?.signedDocument as number
    const copy = await payload.findByID({ collection: 'signed-documents', id: copyId, overrideAccess })
    const file = path.join(storageDir, 'signed-documents', copy.filename as string)
    // A merge moves the notice to the surviving profile: the copy follows, so police can still read it.
    const survivor = await profile({ status: 'approved' })
    await payload.update({
      collection: 'exclusion-notices',
      id,
      data: { offender: survivor },
      overrideAccess,
    })
    const moved = await payload.findByID({
      collection: 'signed-documents',
      id: copyId,
      depth: 0,
      overrideAccess,
    })
    expect(moved.offender).toBe(survivor)
    const asPolice = await buildNoticePdf(payload, users.police as Account, id)
    expect(asPolice?.signedCopy).toBe(true)
    // Deleting the notice (retention, or staff) takes the copy, row and file, and logs the deletion.
    await payload.delete({ collection: 'exclusion-notices', id, overrideAccess })
    const left = await payload.find({
      collection: 'signed-documents',
      where: { id: { equals: copyId } },
      overrideAccess,
    })
    expect(left.totalDocs).toBe(0)
    await expect(readFile(file)).rejects.toThrow()
    const audit = await payload.find({
      collection: 'audit-log',
      where: {
        and: [
          { entityCollection: { equals: 'signed-documents' } },
          { entityId: { equals: copyId } },
          { action: { equals: 'delete' } },
        ],
      },
      overrideAccess,
    })
    expect(audit.totalDocs).toBe(1)
  })
})
