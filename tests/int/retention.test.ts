/**
 * The nightly retention job, driven with a moved clock. Its own fixtures are dated in 2001-2002 and the clock
 * runs from there, so the demo data (dated now) and other tests' rows are never due while it runs: a
 * profile leaves the gallery after the gallery period, is deleted with its own evidence after the review
 * period unless a staff hold, an exclusion or an open police case keeps it, and reports are anonymised
 * after the report period with their counts kept. Every step is audit-logged; a second run changes nothing.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { PDFDocument } from 'pdf-lib'
import type { ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Account } from '@/access/accountOf'
import { relationIds } from '@/access/relationIds'
import { RetentionCountdown } from '@/components/admin/RetentionCountdown'
import { anonymisedDescription, anonymisedSummary } from '@/features/retention/anonymisedText'
import { applyRetention } from '@/features/retention/applyRetention'
import { readRetentionRules } from '@/features/retention/readRetentionRules'
import type { RetentionRules } from '@/features/retention/retentionRules'
import { addMonths } from '@/lib/time/addMonths'
import { storageDir } from '@/lib/uploads/storageDir'
import { tinyJpeg } from '../helpers/fixtures'
import { giveNotice } from '../helpers/giveNotice'
import { loadRoleUsers, type Role } from '../helpers/roles'
import { testPayload } from '../helpers/testPayload'

const overrideAccess = true // fixtures and read-back; the job itself is what is under test

let payload: Payload
let req: PayloadRequest
let users: Record<Role, Account | null>
let rules: RetentionRules
let business: number
let reporter: number

const start = new Date('2001-01-15T12:00:00.000Z')
const dayMs = 86_400_000
const afterMonths = (from: Date, months: number, days = 1) =>
  new Date(addMonths(from, months).getTime() + days * dayMs)

// `exclusion`: a notice given to the profile once it exists (its mirror follows).
const profile = async (
  lastName: string,
  {
    exclusion,
    ...extra
  }: { exclusion?: { stage: 'warning' | 'exclusion'; startsAt: string } } & Record<string, unknown> = {},
) => {
  const created = (await payload.create({
    collection: 'offenders',
    data: { firstName: 'Retention', lastName, gallery: 'known', status: 'approved', ...extra },
    depth: 0,
    context: { skipDuplicateCheck: true },
    overrideAccess,
  } as never)) as { id: number }
  if (exclusion) await giveNotice(payload, created.id, exclusion)
  return created
}

const report = (offenders: number[], occurredAt: Date, extra: Record<string, unknown> = {}) =>
  payload.create({
    collection: 'incidents',
    data: {
      type: 'theft',
      occurredAt: occurredAt.toISOString(),
      business,
      reporter,
      summary: 'Fixture: took razor blades',
      description: 'Fixture: a man in a red cap took razor blades from the till area.',
      spot: 'till 2',
      unknownPersonDescription: 'Red cap, grey hoodie',
      valueLost: 40,
      valueRecovered: 15,
      offenders,
      ...extra,
    },
    depth: 0,
    overrideAccess,
  } as never) as Promise<{ id: number }>

const evidence = async (name: string, link: { incident?: number; offender?: number } = {}) => {
  const image = await tinyJpeg()
  return payload.create({
    collection: 'evidence',
    data: { kind: 'cctv-still', ...link },
    file: { data: image, mimetype: 'image/jpeg', name: `retention-${name}.jpg`, size: image.length },
    depth: 0,
    overrideAccess,
  })
}

const offenderNow = (id: number) =>
  payload.findByID({
    collection: 'offenders',
    id,
    depth: 0,
    joins: false,
    disableErrors: true,
    overrideAccess,
  })
const incidentNow = (id: number) =>
  payload.findByID({ collection: 'incidents', id, depth: 0, disableErrors: true, overrideAccess })
const evidenceNow = (id: number) =>
  payload.findByID({ collection: 'evidence', id, depth: 0, disableErrors: true, overrideAccess })
const fileOnDisk = (filename: string | null | undefined) =>
  existsSync(path.join(storageDir, 'evidence', filename ?? 'missing'))

const auditOf = async (entityCollection: string, entityId: number, action?: string) =>
  (
    await payload.find({
      collection: 'audit-log',
      where: {
        and: [
          { entityCollection: { equals: entityCollection } },
          { entityId: { equals: entityId } },
          ...(action ? [{ action: { equals: action } }] : []),
        ],
      },
      sort: 'createdAt',
      depth: 0,
      pagination: false,
      limit: 0,
      overrideAccess,
    })
  ).docs

// The cast of profiles and reports, created once; the tests below follow them through time in order.
const fx = {} as {
  plain: number
  held: number
  police: number
  excludedInGallery: number
  excludedArchived: number
  active: number
  plainReport: number
  sharedReport: number
  policeReport: number
  openCaseReport: number
  cautionReport: number
  activeReport: number
  plainFile: { id: number; filename: string }
  plainPhoto: { id: number; filename: string }
  sharedFile: { id: number; filename: string }
  stillOfActive: { id: number; filename: string }
  recognition: number
  statement: number
  statementPdf: { id: number; filename: string }
}
let archivedOn: Date

beforeAll(async () => {
  payload = await testPayload()
  users = await loadRoleUsers(payload)
  req = await createLocalReq({}, payload)
  rules = await readRetentionRules(req)
  const found = await payload.find({
    collection: 'businesses',
    where: { slug: { equals: 'copper-kettle-cafe' } },
    limit: 1,
    depth: 0,
    overrideAccess,
  })
  business = found.docs[0]?.id as number
  reporter = (users.member as Account).id

  fx.plain = (await profile('Plain')).id
  fx.held = (await profile('Held')).id
  fx.police = (await profile('Police')).id
  // A warning that starts after the last incident runs past the gallery date.
  fx.excludedInGallery = (
    await profile('Excluded', {
      exclusion: { stage: 'warning', startsAt: addMonths(start, rules.galleryMonths - 3).toISOString() },
    })
  ).id
  // Archived by hand while an exclusion runs: the exclusion holds it past review.
  fx.excludedArchived = (
    await profile('Archived-Excluded', {
      status: 'archived',
      archivedAt: start.toISOString(),
      exclusion: { stage: 'exclusion', startsAt: start.toISOString() },
    })
  ).id
  fx.plainReport = (await report([fx.plain], start)).id
  const plainFile = await evidence('plain', { incident: fx.plainReport })
  const plainPhoto = await evidence('plain-photo')
  const stillOfActive = await evidence('still-of-active', { incident: fx.plainReport })
  await payload.update({
    collection: 'offenders',
    id: fx.plain,
    data: { photos: [plainPhoto.id] },
    depth: 0,
    context: { skipDuplicateCheck: true },
    overrideAccess,
  })
  // Still involved in reports long after the others: never due in this test.
  fx.active = (await profile('Active', { photos: [stillOfActive.id], associates: [fx.plain] })).id
  const sharedFile = await evidence('shared')
  fx.sharedReport = (
    await report([fx.plain, fx.active], start, { reporter: undefined, evidence: [sharedFile.id] })
  ).id
  fx.activeReport = (await report([fx.active], addMonths(start, 30))).id
  await report([fx.held], start)
  await report([fx.excludedInGallery], start)
  fx.policeReport = (
    await report([fx.police], start, {
      police: { crimeReference: 'NP/01/0042', outcome: 'charge', notes: 'Fixture: CPS file sent' },
    })
  ).id
  fx.openCaseReport = (
    await report([], start, { police: { crimeReference: 'NP/01/0043', outcome: 'arrest' } })
  ).id
  // A caution is a final disposal: its outcome record says it closes the case.
  fx.cautionReport = (
    await report([], start, { police: { crimeReference: 'NP/01/0044', outcome: 'caution' } })
  ).id
  fx.recognition = (
    await payload.create({
      collection: 'recognitions',
      data: { offender: fx.plain, recognisedAt: start.toISOString(), source: 'cctv', confidence: 'certain' },
      depth: 0,
      overrideAccess,
    })
  ).id
  const named = (doc: { id: number; filename?: string | null }) => ({
    id: doc.id,
    filename: doc.filename ?? '',
  })
  fx.plainFile = named(plainFile)
  fx.plainPhoto = named(plainPhoto)
  fx.sharedFile = named(sharedFile)
  fx.stillOfActive = named(stillOfActive)
  archivedOn = afterMonths(start, rules.galleryMonths)
  // A witness statement on the plain report, signed, with its PDF (as storeSignedStatement leaves it).
  fx.statement = (
    await payload.create({
      collection: 'witness-statements',
      data: {
        incident: fx.plainReport,
        status: 'awaiting-signature',
        body: 'Fixture: I saw the razor blades go.',
      },
      depth: 0,
      overrideAccess,
    })
  ).id
  const pdf = await (await PDFDocument.create()).save()
  const statementPdf = await payload.create({
    collection: 'signed-documents',
    data: { kind: 'witness-statement', incident: fx.plainReport, sha256: '0'.repeat(64) },
    file: {
      data: Buffer.from(pdf),
      mimetype: 'application/pdf',
      name: 'retention-statement.pdf',
      size: pdf.length,
    },
    depth: 0,
    overrideAccess,
  })
  fx.statementPdf = { id: statementPdf.id, filename: statementPdf.filename ?? '' }
})

describe('retention, as the months pass', () => {
  it('starts from the scheme settings', () => {
    expect(rules.galleryMonths).toBeGreaterThan(0)
    expect(rules.incidentMonths).toBeGreaterThan(rules.galleryMonths + rules.reviewMonths)
  })

  it('keeps an archived profile past review while its exclusion runs', async () => {
    await applyRetention(req, afterMonths(start, rules.reviewMonths))
    expect((await offenderNow(fx.excludedArchived))?.status).toBe('archived')
  })

  it('leaves everything in the gallery before the gallery period ends', async () => {
    await applyRetention(req, afterMonths(start, rules.galleryMonths, -1))
    for (const id of [fx.plain, fx.held, fx.police, fx.excludedInGallery]) {
      expect((await offenderNow(id))?.status).toBe('approved')
    }
  })

  it('takes profiles out of the gallery after the gallery period, and audit-logs each', async () => {
    const result = await applyRetention(req, archivedOn)
    expect(result.archived).toBeGreaterThanOrEqual(3)
    for (const id of [fx.plain, fx.held, fx.police]) {
      const stored = await offenderNow(id)
      expect(stored?.status).toBe('archived')
      expect(stored?.archivedAt).toBe(archivedOn.toISOString())
      const [entry, ...more] = await auditOf('offenders', id, 'archive')
      expect(more).toEqual([])
      expect(entry?.details).toMatchObject({ galleryMonths: rules.galleryMonths, fromWhat: 'last incident' })
    }
    // Shops still need the face while the warning runs; the active profile has newer reports.
    expect((await offenderNow(fx.excludedInGallery))?.status).toBe('approved')
    expect((await offenderNow(fx.active))?.status).toBe('approved')
    // The exclusion that held the hand-archived profile has ended: nothing holds it now.
    expect(await offenderNow(fx.excludedArchived)).toBeNull()
  })

  it('stamps a staff hold with who and when, and audit-logs it', async () => {
    const manager = users['scheme-manager'] as Account
    const heldFrom = Date.now()
    const held = await payload.update({
      collection: 'offenders',
      id: fx.held,
      data: {
        retentionHold: { reason: 'Fixture: civil injunction hearing', heldBy: (users.admin as Account).id },
      },
      depth: 0,
      user: manager,
      overrideAccess: false,
    })
    expect(held.retentionHold?.heldBy).toBe(manager.id)
    // Stamped with the time of the save, whatever the client sends.
    expect(Date.parse(held.retentionHold?.heldAt as string)).toBeGreaterThanOrEqual(heldFrom)
    expect(Date.parse(held.retentionHold?.heldAt as string)).toBeLessThanOrEqual(Date.now())
    const holds = await auditOf('offenders', fx.held, 'hold')
    expect(holds).toHaveLength(1)
    expect(holds[0]?.details).toMatchObject({ held: true })
    expect(JSON.stringify(holds[0]?.details)).not.toContain('injunction')
  })

  it('deletes a profile after review with its own evidence, recognitions and links, but keeps held ones', async () => {
    expect(fileOnDisk(fx.plainFile.filename)).toBe(true)
    const result = await applyRetention(req, afterMonths(archivedOn, rules.reviewMonths))
    expect(result.deleted).toBeGreaterThanOrEqual(1)
    expect(await offenderNow(fx.plain)).toBeNull()
    expect((await offenderNow(fx.held))?.status).toBe('archived')
    expect((await offenderNow(fx.police))?.status).toBe('archived')

    // Its photo and the file of the report only it was in are gone, from the database and the disk.
    for (const file of [fx.plainFile, fx.plainPhoto]) {
      expect(await evidenceNow(file.id)).toBeNull()
      expect(fileOnDisk(file.filename)).toBe(false)
    }
    // A file another profile or report still uses stays.
    expect(relationIds([(await evidenceNow(fx.stillOfActive.id))?.offender])).toEqual([fx.active])
    expect(await evidenceNow(fx.sharedFile.id)).not.toBeNull()
    expect(fileOnDisk(fx.sharedFile.filename)).toBe(true)
    expect(
      await payload.findByID({
        collection: 'recognitions',
        id: fx.recognition,
        depth: 0,
        disableErrors: true,
        overrideAccess,
      }),
    ).toBeNull()
    // Nothing points at the deleted profile; the reports themselves stay until their own period.
    expect(relationIds((await incidentNow(fx.sharedReport))?.offenders)).toEqual([fx.active])
    expect(relationIds((await incidentNow(fx.plainReport))?.offenders)).toEqual([])
    expect(relationIds((await offenderNow(fx.active))?.associates)).toEqual([])

    const deletes = await auditOf('offenders', fx.plain, 'delete')
    expect(deletes).toHaveLength(1)
    expect(deletes[0]?.details).toMatchObject({
      reviewMonths: rules.reviewMonths,
      evidenceDeleted: expect.arrayContaining([fx.plainFile.id, fx.plainPhoto.id]),
      recognitionsDeleted: 1,
      reportsUnlinked: 2,
    })
  })

  it('tells staff in the admin sidebar what keeps a profile', async () => {
    const staffReq = await createLocalReq({ user: users['scheme-manager'] as never }, payload)
    const render = async (id: number) => {
      const data = await offenderNow(id)
      const Countdown = RetentionCountdown as (props: unknown) => Promise<ReactElement>
      return renderToStaticMarkup(await Countdown({ data, id, req: staffReq }))
    }
    expect(await render(fx.police)).toContain('Kept while a police case is open on a linked report.')
    expect(await render(fx.held)).toContain('Held: Fixture: civil injunction hearing (kept past review).')
    // The admin runs on the real clock, long after the active profile's last report (2003).
    expect(await render(fx.active)).toContain(
      `Leaves the gallery at the next nightly run (${rules.galleryMonths} months after the last incident on 15 July 2003).`,
    )
  })

  it('deletes a held profile once the hold is lifted and the police case is closed', async () => {
    const manager = users['scheme-manager'] as Account
    const lifted = await payload.update({
      collection: 'offenders',
      id: fx.held,
      data: { retentionHold: { reason: '' } },
      depth: 0,
      user: manager,
      overrideAccess: false,
    })
    expect(lifted.retentionHold).toMatchObject({ reason: null, heldAt: null, heldBy: null })
    expect((await auditOf('offenders', fx.held, 'hold')).map((entry) => entry.details)).toEqual([
      expect.objectContaining({ held: true }),
      expect.objectContaining({ held: false }),
    ])
    const later = afterMonths(archivedOn, rules.reviewMonths, 2)
    await applyRetention(req, later)
    expect(await offenderNow(fx.held)).toBeNull()
    expect((await offenderNow(fx.police))?.status).toBe('archived')

    await payload.update({
      collection: 'incidents',
      id: fx.policeReport,
      data: { police: { outcome: 'conviction' } },
      depth: 0,
      overrideAccess,
    })
    await applyRetention(req, later)
    expect(await offenderNow(fx.police)).toBeNull()
  })

  it('archives the warned profile once the warning ends', async () => {
    const warned = await offenderNow(fx.excludedInGallery)
    await applyRetention(req, new Date(new Date(warned?.exclusion?.endsAt as string).getTime() + dayMs))
    expect((await offenderNow(fx.excludedInGallery))?.status).toBe('archived')
  })

  it('anonymises reports after the report period, keeping what the scheme counts', async () => {
    const before = await incidentNow(fx.plainReport)
    const runAt = afterMonths(start, rules.incidentMonths)
    const result = await applyRetention(req, runAt)
    expect(result.anonymised).toBeGreaterThanOrEqual(5)

    const after = await incidentNow(fx.plainReport)
    expect(after).toMatchObject({
      type: before?.type,
      occurredAt: before?.occurredAt,
      business: before?.business,
      valueLost: 40,
      valueRecovered: 15,
      status: before?.status,
      summary: anonymisedSummary,
      description: anonymisedDescription,
    })
    expect(after?.reporter ?? null).toBeNull()
    expect(after?.spot ?? null).toBeNull()
    expect(after?.unknownPersonDescription ?? null).toBeNull()
    expect(after?.anonymisedAt).toBe(runAt.toISOString()) // the run's own clock

    const policeReport = await incidentNow(fx.policeReport)
    expect(policeReport?.police).toMatchObject({ outcome: 'conviction', crimeReference: null, notes: null })
    const shared = await incidentNow(fx.sharedReport)
    expect(relationIds(shared?.offenders)).toEqual([])
    expect(relationIds(shared?.evidence)).toEqual([])
    expect(await evidenceNow(fx.sharedFile.id)).toBeNull()
    expect(fileOnDisk(fx.sharedFile.filename)).toBe(false)
    // The still stays as the active profile's photo, but no longer hangs off the anonymised report.
    const still = await evidenceNow(fx.stillOfActive.id)
    expect(relationIds([still?.offender])).toEqual([fx.active])
    expect(still?.incident ?? null).toBeNull()
    expect(fileOnDisk(fx.stillOfActive.filename)).toBe(true)

    const [entry, ...more] = await auditOf('incidents', fx.sharedReport, 'anonymise')
    expect(more).toEqual([])
    expect(entry?.details).toMatchObject({
      incidentMonths: rules.incidentMonths,
      profilesUnlinked: [fx.active],
      evidenceDeleted: [fx.sharedFile.id],
    })
    expect(await auditOf('incidents', fx.sharedReport, 'update')).toEqual([])
  })

  it('takes an anonymised report’s witness statements and their signed PDFs with it', async () => {
    const statement = await payload.findByID({
      collection: 'witness-statements',
      id: fx.statement,
      disableErrors: true,
      overrideAccess,
    })
    expect(statement).toBeNull()
    const pdf = await payload.findByID({
      collection: 'signed-documents',
      id: fx.statementPdf.id,
      disableErrors: true,
      overrideAccess,
    })
    expect(pdf).toBeNull()
    expect(existsSync(path.join(storageDir, 'signed-documents', fx.statementPdf.filename))).toBe(false)
    const [entry] = await auditOf('incidents', fx.plainReport, 'anonymise')
    expect(entry?.details).toMatchObject({ witnessStatementsDeleted: [fx.statement] })
  })

  it('waits with a report whose police case is open, and with newer reports', async () => {
    const open = await incidentNow(fx.openCaseReport)
    expect(open?.anonymisedAt ?? null).toBeNull()
    expect(open?.police?.crimeReference).toBe('NP/01/0043')
    expect((await incidentNow(fx.activeReport))?.anonymisedAt ?? null).toBeNull()
  })

  it('does not wait with a report whose outcome closes the case (the outcome’s own "closes the case")', async () => {
    const cautioned = await incidentNow(fx.cautionReport)
    expect(cautioned?.anonymisedAt).toBeTruthy()
    expect(cautioned?.police?.crimeReference ?? null).toBeNull()
  })

  it('deletes an ended notice once its retention has passed, never a running one', async () => {
    const id = (await profile('Notices', { lastIncidentAt: new Date().toISOString() })).id
    const ended = await giveNotice(payload, id, {
      stage: 'warning',
      outcome: 'expired',
      startsAt: start.toISOString(),
    })
    const running = await giveNotice(payload, id, { stage: 'exclusion', startsAt: new Date().toISOString() })
    const retainUntil = new Date(ended.retainUntil as string)
    expect(retainUntil.getTime()).toBe(addMonths(new Date(ended.endsAt as string), 24).getTime())
    const exists = async (noticeId: number) =>
      (
        await payload.count({
          collection: 'exclusion-notices',
          where: { id: { equals: noticeId } },
          overrideAccess,
        })
      ).totalDocs === 1
    await applyRetention(req, new Date(retainUntil.getTime() - dayMs))
    expect(await exists(ended.id)).toBe(true)
    const result = await applyRetention(req, new Date(retainUntil.getTime() + dayMs))
    expect(result.noticesDeleted).toBeGreaterThanOrEqual(1)
    expect(await exists(ended.id)).toBe(false)
    expect(await exists(running.id)).toBe(true)
    expect(await auditOf('exclusion-notices', ended.id, 'delete')).toEqual([
      expect.objectContaining({
        action: 'delete',
        summary: expect.stringMatching(/^Retention: deleted exclusion notice/),
      }),
    ])
  })

  it('changes nothing when run again', async () => {
    const watched: [string, number][] = [
      ['offenders', fx.excludedInGallery],
      ['offenders', fx.active],
      ['incidents', fx.plainReport],
      ['incidents', fx.sharedReport],
      ['incidents', fx.openCaseReport],
    ]
    const count = async () =>
      (await Promise.all(watched.map(([collection, id]) => auditOf(collection, id)))).map(
        (docs) => docs.length,
      )
    const before = await count()
    const result = await applyRetention(req, afterMonths(start, rules.incidentMonths))
    expect(result).toMatchObject({ archived: 0, deleted: 0, anonymised: 0, failed: 0 })
    expect(result.keptForPoliceCase).toBeGreaterThanOrEqual(1)
    expect(await count()).toEqual(before)
  })
})
