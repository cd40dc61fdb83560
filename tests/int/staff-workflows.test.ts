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
import { attempt } from '../helpers/attempt'
import { type AccessFixtures, createAccessFixtures } from '../helpers/fixtures'
import { giveNotice } from '../helpers/giveNotice'
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
  const profile = async (lastName: string) =>
    Number(
      (
        await payload.create({
          collection: 'offenders',
          data: { firstName: 'Notice', lastName, gallery: 'known', status: 'approved' },
          ...as('scheme-manager'),
        } as never)
      ).id,
    )
  const mirror = async (id: number) =>
    (await payload.findByID({ collection: 'offenders', id, depth: 0, overrideAccess })).exclusion
  const notice = (id: number) =>
    payload.findByID({ collection: 'exclusion-notices', id, depth: 0, overrideAccess })

  it('takes the end and appeal dates from the scheme settings, and the profile mirrors the notice', async () => {
    const start = '2026-02-10T09:00:00.000Z'
    const created = await payload.create({
      collection: 'exclusion-notices',
      data: {
        offender: fx.offenders.offApproved2,
        outcome: 'running',
        stage: 'exclusion',
        startsAt: start,
        calculation: { overrideReason: 'Threatened staff: straight to red.' },
        service: { servedAt: start, servedByName: 'Morgan Manager', place: 'Scheme office' },
      },
      ...as('scheme-manager'),
    })
    expect(created.endsAt?.slice(0, 10)).toBe('2027-02-10')
    expect(created.appealFrom?.slice(0, 10)).toBe('2026-08-10')
    // Kept 24 months (the settings' default) after it ends.
    expect(created.retainUntil?.slice(0, 10)).toBe('2029-02-10')
    const exclusion = await mirror(fx.offenders.offApproved2)
    expect(exclusion?.stage).toBe('exclusion')
    expect(exclusion?.endsAt).toBe(created.endsAt)
    expect(exclusion?.currentNotice).toBe(created.id)
  })

  it('gives a warning its own length and appeal period from the settings', async () => {
    const id = await profile('Yellow')
    const created = await giveNotice(payload, id, { stage: 'warning', startsAt: '2026-03-01T10:00:00.000Z' })
    expect(created.endsAt?.slice(0, 10)).toBe('2026-09-01')
    expect(created.appealFrom?.slice(0, 10)).toBe('2026-06-01')
  })

  it('stores the suggestion and refuses a different stage without an override reason', async () => {
    const id = await profile('Override')
    const refusal = await payload
      .create({
        collection: 'exclusion-notices',
        data: { offender: id, outcome: 'running', stage: 'exclusion', startsAt: daysFromNow(-1) },
        ...as('scheme-manager'),
      })
      .then(
        () => null,
        (error: { data?: { errors?: { message: string; path: string }[] } }) => error.data?.errors?.[0],
      )
    expect(refusal).toEqual({
      path: 'calculation.overrideReason',
      message:
        'The rules suggest no notice, not a red exclusion: give the reason for your choice in "Override reason".',
    })
    expect(
      await payload.count({
        collection: 'exclusion-notices',
        where: { offender: { equals: id } },
        overrideAccess,
      }),
    ).toEqual({ totalDocs: 0 })
    const made = await payload.create({
      collection: 'exclusion-notices',
      data: {
        offender: id,
        outcome: 'running',
        stage: 'exclusion',
        startsAt: daysFromNow(-1),
        calculation: { overrideReason: 'Assaulted a security officer.' },
      },
      ...as('scheme-manager'),
    })
    expect(made.calculation?.suggestedStage).toBe('none')
    expect(made.calculation?.points).toBe(0)
    const audit = await payload.find({
      collection: 'audit-log',
      where: {
        and: [{ entityCollection: { equals: 'exclusion-notices' } }, { entityId: { equals: made.id } }],
      },
      depth: 0,
      overrideAccess,
    })
    expect(audit.docs[0]?.details).toMatchObject({
      chosenStage: 'exclusion',
      suggestedStage: 'none',
      overridden: true,
    })
  })

  it('suggests a stage from the profile’s reports, and needs no reason to follow it', async () => {
    const id = await profile('Suggested')
    for (const days of [-20, -10, -5]) await report([id], daysFromNow(days))
    const made = await payload.create({
      collection: 'exclusion-notices',
      data: { offender: id, outcome: 'running', stage: 'warning', startsAt: daysFromNow(0) },
      ...as('scheme-manager'),
    })
    expect(made.calculation?.suggestedStage).toBe('warning')
    expect(made.calculation?.points).toBe(3)
    expect(made.calculation?.reasons).toEqual([
      expect.stringMatching(/^3 reports of .+ in 12 months: 3 points$/),
      '3 points reach the warning threshold of 3: yellow warning',
    ])
  })

  it('lets only admins and scheme managers make notices', async () => {
    const id = await profile('Access')
    for (const role of ['editor', 'member', 'police'] as Role[]) {
      const outcome = await attempt(() =>
        payload.create({
          collection: 'exclusion-notices',
          data: {
            offender: id,
            outcome: 'running',
            stage: 'warning',
            startsAt: daysFromNow(0),
            calculation: { overrideReason: 'x' },
          },
          ...as(role),
        }),
      )
      expect(outcome, role).toBe('denied')
    }
  })

  it('refuses a hand edit of the profile’s mirror', async () => {
    const id = await profile('Mirror')
    await payload.update({
      collection: 'offenders',
      id,
      data: { exclusion: { stage: 'exclusion', startsAt: daysFromNow(-1) } },
      ...as('scheme-manager'),
    })
    expect((await mirror(id))?.stage ?? 'none').toBe('none')
  })

  it('replaces the running notice with a new one: superseded, ending when the new one starts', async () => {
    const id = await profile('Superseded')
    const yellow = await giveNotice(payload, id, { stage: 'warning', startsAt: daysFromNow(-30) })
    const redStart = daysFromNow(-2)
    const red = await giveNotice(payload, id, { stage: 'exclusion', startsAt: redStart })
    const old = await notice(yellow.id)
    expect(old.outcome).toBe('superseded')
    expect(old.endsAt).toBe(redStart)
    expect((await mirror(id))?.currentNotice).toBe(red.id)
    expect((await mirror(id))?.stage).toBe('exclusion')
  })

  it('flags a report of an excluded person during the exclusion as a breach, and moves the appeal date on', async () => {
    const startsAt = daysFromNow(-30)
    const id = await profile('Breach')
    const red = await giveNotice(payload, id, { stage: 'exclusion', startsAt })
    const before = await report([id], daysFromNow(-40))
    expect(before.exclusionBreach).toBe(false)
    const duringAt = daysFromNow(-1)
    const during = await report([id], duringAt)
    expect(during.exclusionBreach).toBe(true)
    expect(during.breachOf).toEqual([id])
    const stored = await notice(red.id)
    expect(stored.lastBreachAt).toBe(duringAt)
    // The breach restarts the incident-free clock: appeal 6 months (the settings' default) after it.
    const rules = { durationMonths: 12, appealAfterMonths: 6 } // the scheme settings' defaults
    const appealFrom = exclusionDates(new Date(startsAt), rules, new Date(duringAt)).appealFrom.toISOString()
    expect(stored.appealFrom).toBe(appealFrom)
    expect((await mirror(id))?.appealFrom).toBe(appealFrom)
    expect((await mirror(id))?.lastBreachAt).toBe(duringAt)
  })

  it('does not flag a warning (yellow) as a breach', async () => {
    const id = await profile('Warned')
    await giveNotice(payload, id, { stage: 'warning', startsAt: daysFromNow(-5) })
    expect((await report([id], daysFromNow(-1))).exclusionBreach).toBe(false)
  })

  it('ends expired notices by themselves (the nightly job, with a moved clock)', async () => {
    const id = await profile('Expiring')
    const red = await giveNotice(payload, id, { stage: 'exclusion', startsAt: daysFromNow(-10) })
    const req = await createLocalReq({}, payload)
    await endExpiredExclusions(req, new Date(Date.now() + 30 * 86_400_000))
    expect((await mirror(id))?.stage).toBe('exclusion')
    expect((await notice(red.id)).outcome).toBe('running')
    await endExpiredExclusions(req, new Date(Date.now() + 400 * 86_400_000))
    expect((await notice(red.id)).outcome).toBe('expired')
    const exclusion = await mirror(id)
    expect(exclusion?.stage).toBe('none')
    expect(exclusion?.currentNotice ?? null).toBeNull()
    // The profile still shows when its last notice ran.
    expect(exclusion?.endsAt).toBe(red.endsAt)
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
