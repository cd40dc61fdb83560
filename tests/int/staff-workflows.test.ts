/**
 * BID staff workflows: exclusions with dates from the settings, breaches flagged, expired exclusions
 * ended by the job, duplicate proposals flagged and merged without losing an incident, and the member
 * notices sent by the jobs queue (a daily gallery digest, alert emails).
 */
import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Account } from '@/access/accountOf'
import { mergeProfiles } from '@/collections/Offenders/duplicates/mergeProfiles'
import { exclusionDates } from '@/collections/Offenders/exclusions/exclusionDates'
import { emailAlert } from '@/jobs/emailAlert'
import { endExpiredExclusions } from '@/jobs/endExpiredExclusions'
import { sendGalleryDigest } from '@/jobs/galleryDigest'
import { type AccessFixtures, createAccessFixtures } from '../helpers/fixtures'
import { inPersonRecognitionAnswers } from '../helpers/recognitionAnswers'
import { loadRoleUsers, type Role } from '../helpers/roles'
import { testPayload } from '../helpers/testPayload'

let payload: Payload
let users: Record<Role, Account | null>
let fx: AccessFixtures
const overrideAccess = true // set-up and read-back
const as = (role: Role) => ({ user: users[role] ?? undefined, overrideAccess: false as const })
const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()

const report = (offenders: number[], occurredAt: string) =>
  payload.create({
    collection: 'incidents',
    data: { type: 'theft', occurredAt, description: 'Took stock from the shelf.', offenders },
    depth: 0,
    ...as('member'),
  } as never) as Promise<{ id: number; exclusionBreach?: boolean | null; breachOf?: number[] | null }>

beforeAll(async () => {
  payload = await testPayload()
  users = await loadRoleUsers(payload)
  fx = await createAccessFixtures(payload)
})

describe('exclusions', () => {
  it('takes the end and appeal dates from the scheme settings', async () => {
    const start = '2026-02-10T09:00:00.000Z'
    const updated = await payload.update({
      collection: 'offenders',
      id: fx.offenders.offApproved2,
      data: {
        exclusion: {
          stage: 'exclusion',
          startsAt: start,
          notice: { servedAt: start, servedBy: 'Morgan Manager', method: 'in-person' },
        },
      },
      ...as('scheme-manager'),
    })
    expect(updated.exclusion?.endsAt?.slice(0, 10)).toBe('2027-02-10')
    expect(updated.exclusion?.appealFrom?.slice(0, 10)).toBe('2026-08-10')
  })

  it('flags a report of an excluded person during the exclusion as a breach, and moves the appeal date on', async () => {
    const startsAt = daysFromNow(-30)
    const offender = await payload.create({
      collection: 'offenders',
      data: {
        firstName: 'Breach',
        lastName: 'Fixture',
        gallery: 'known',
        status: 'approved',
        exclusion: { stage: 'exclusion', startsAt },
      },
      ...as('scheme-manager'),
    } as never)
    const before = await report([Number(offender.id)], daysFromNow(-40))
    expect(before.exclusionBreach).toBe(false)
    const duringAt = daysFromNow(-1)
    const during = await report([Number(offender.id)], duringAt)
    expect(during.exclusionBreach).toBe(true)
    expect(during.breachOf).toEqual([offender.id])
    const stored = await payload.findByID({
      collection: 'offenders',
      id: offender.id,
      depth: 0,
      overrideAccess,
    })
    expect(stored.exclusion?.lastBreachAt).toBe(duringAt)
    // The breach restarts the incident-free clock: appeal 6 months (the settings' default) after it.
    const rules = { durationMonths: 12, appealAfterMonths: 6 } // the scheme settings' defaults
    expect(stored.exclusion?.appealFrom).toBe(
      exclusionDates(new Date(startsAt), rules, new Date(duringAt)).appealFrom.toISOString(),
    )
  })

  it('does not flag a warning (yellow) as a breach', async () => {
    const warned = await payload.create({
      collection: 'offenders',
      data: {
        firstName: 'Warned',
        lastName: 'Fixture',
        gallery: 'known',
        status: 'approved',
        exclusion: { stage: 'warning', startsAt: daysFromNow(-5) },
      },
      ...as('scheme-manager'),
    } as never)
    expect((await report([Number(warned.id)], daysFromNow(-1))).exclusionBreach).toBe(false)
  })

  it('ends expired exclusions by themselves (the nightly job, with a moved clock)', async () => {
    const offender = await payload.create({
      collection: 'offenders',
      data: {
        firstName: 'Expiring',
        lastName: 'Fixture',
        gallery: 'known',
        status: 'approved',
        exclusion: { stage: 'exclusion', startsAt: daysFromNow(-10) },
      },
      ...as('scheme-manager'),
    } as never)
    const req = await createLocalReq({}, payload)
    await endExpiredExclusions(req, new Date(Date.now() + 30 * 86_400_000))
    expect(
      (await payload.findByID({ collection: 'offenders', id: offender.id, depth: 0, overrideAccess }))
        .exclusion?.stage,
    ).toBe('exclusion')
    await endExpiredExclusions(req, new Date(Date.now() + 400 * 86_400_000))
    expect(
      (await payload.findByID({ collection: 'offenders', id: offender.id, depth: 0, overrideAccess }))
        .exclusion?.stage,
    ).toBe('none')
  })
})

describe('duplicates and merging', () => {
  it('flags a proposal that looks like an existing profile', async () => {
    const existing = await payload.create({
      collection: 'offenders',
      data: { firstName: 'Quillan', lastName: 'Vellacott', gallery: 'known', status: 'approved' },
      ...as('scheme-manager'),
    } as never)
    const proposal = await payload.create({
      collection: 'offenders',
      data: { firstName: 'Quilan', lastName: 'Velacott', gallery: 'known' },
      ...as('member'),
    } as never)
    const stored = await payload.findByID({
      collection: 'offenders',
      id: proposal.id,
      depth: 0,
      overrideAccess,
    })
    expect(stored.possibleDuplicates).toContain(existing.id)
  })

  it('merges two profiles keeping every incident, photo, alias and recognition, and audit-logs it', async () => {
    const survivor = await payload.create({
      collection: 'offenders',
      data: { firstName: 'Merge', lastName: 'Survivor', gallery: 'known', status: 'approved' },
      ...as('scheme-manager'),
    } as never)
    const duplicate = await payload.create({
      collection: 'offenders',
      data: {
        firstName: 'Merge',
        lastName: 'Duplicate',
        gallery: 'known',
        status: 'approved',
        aliases: [{ alias: 'Dupe' }],
      },
      ...as('scheme-manager'),
    } as never)
    const first = await report([Number(survivor.id)], daysFromNow(-3))
    const second = await report([Number(duplicate.id)], daysFromNow(-2))
    const both = await report([Number(survivor.id), Number(duplicate.id)], daysFromNow(-1))
    await payload.create({
      collection: 'recognitions',
      data: {
        offender: duplicate.id,
        recognisedAt: new Date().toISOString(),
        ...inPersonRecognitionAnswers,
        confidence: 'likely',
      },
      ...as('member'),
    } as never)
    const manager = users['scheme-manager']
    const req = await createLocalReq({ user: manager as never }, payload)
    await mergeProfiles(req, Number(survivor.id), Number(duplicate.id))

    for (const id of [first.id, second.id, both.id]) {
      const incident = await payload.findByID({ collection: 'incidents', id, depth: 0, overrideAccess })
      expect(incident.offenders).toEqual([survivor.id])
    }
    const merged = await payload.findByID({
      collection: 'offenders',
      id: survivor.id,
      depth: 0,
      overrideAccess,
    })
    expect(merged.aliases?.map((entry) => entry.alias)).toEqual(
      expect.arrayContaining(['Dupe', 'Merge Duplicate']),
    )
    const recognitions = await payload.count({
      collection: 'recognitions',
      where: { offender: { equals: survivor.id } },
      overrideAccess,
    })
    expect(recognitions.totalDocs).toBe(1)
    const gone = await payload.find({
      collection: 'offenders',
      where: { id: { equals: duplicate.id } },
      overrideAccess,
    })
    expect(gone.docs).toEqual([])
    const audit = await payload.find({
      collection: 'audit-log',
      where: { and: [{ action: { equals: 'merge' } }, { entityId: { equals: survivor.id } }] },
      overrideAccess,
    })
    expect(audit.docs[0]?.actorId).toBe(manager?.id)
  })

  it('refuses a merge by anyone but scheme staff, before touching anything', async () => {
    for (const role of ['member', 'police', 'editor'] as const) {
      const req = await createLocalReq({ user: users[role] as never }, payload)
      await expect(
        mergeProfiles(req, fx.offenders.offApproved, fx.offenders.offApproved2),
      ).rejects.toMatchObject({ name: 'Forbidden', status: 403 })
    }
    const still = await payload.count({
      collection: 'offenders',
      where: { id: { equals: fx.offenders.offApproved2 } },
      overrideAccess,
    })
    expect(still.totalDocs).toBe(1)
  })

  it('needs a reason to reject a proposal', async () => {
    await expect(
      payload.update({
        collection: 'offenders',
        id: fx.offenders.offProposed,
        data: { status: 'rejected' },
        ...as('scheme-manager'),
      }),
    ).rejects.toMatchObject({
      name: 'ValidationError',
      status: 400,
      data: {
        collection: 'offenders',
        errors: [{ path: 'rejectionReason', message: 'Give a reason for rejecting this entry.' }],
      },
    })
    const rejected = await payload.update({
      collection: 'offenders',
      id: fx.offenders.offProposed,
      data: { status: 'rejected', rejectionReason: 'Not enough to identify anyone.' },
      ...as('scheme-manager'),
    })
    expect(rejected.status).toBe('rejected')
  })
})

describe('member notices from the jobs queue', () => {
  it('sends one gallery digest for new approvals, and nothing the second time', async () => {
    const proposal = await payload.create({
      collection: 'offenders',
      data: { firstName: 'Digest', lastName: 'Fixture', gallery: 'known' },
      ...as('member'),
    } as never)
    await payload.update({
      collection: 'offenders',
      id: proposal.id,
      data: { status: 'approved' },
      ...as('scheme-manager'),
    })
    const req = await createLocalReq({}, payload)
    const first = await sendGalleryDigest(req)
    expect(first.profiles).toBeGreaterThanOrEqual(1)
    expect(first.emails).toBeGreaterThan(0)
    expect(await sendGalleryDigest(req)).toEqual({ profiles: 0, emails: 0 })
  })

  it('does not count a safeguarded person: they are never in the gallery', async () => {
    const req = await createLocalReq({}, payload)
    await sendGalleryDigest(req)
    const proposal = await payload.create({
      collection: 'offenders',
      data: { firstName: 'Sheltered', lastName: 'Fixture', gallery: 'known' },
      ...as('member'),
    } as never)
    await payload.update({
      collection: 'offenders',
      id: proposal.id,
      data: { status: 'approved', safeguarding: true },
      ...as('scheme-manager'),
    })
    expect(await sendGalleryDigest(req)).toEqual({ profiles: 0, emails: 0 })
  })

  it('queues an email when an alert is published and sends it once', async () => {
    const alert = await payload.create({
      collection: 'briefings',
      data: {
        title: 'Alert: fixture',
        slug: `alert-fixture-${Date.now()}`,
        summary: 'Watch the tills.',
        kind: 'alert',
        audience: 'members',
        _status: 'published',
      },
      ...as('editor'),
    } as never)
    const queued = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'emailAlert' } },
      sort: '-createdAt',
      limit: 1,
      overrideAccess,
    })
    expect(queued.docs[0]?.input).toEqual({ briefing: alert.id })
    const req = await createLocalReq({}, payload)
    expect((await emailAlert(req, Number(alert.id))).emails).toBeGreaterThan(0)
    expect(await emailAlert(req, Number(alert.id))).toEqual({ emails: 0 })
  })
})
