/**
 * Issue 12, the data rules of the collections (items 2, 3, 8 and 9), through the Local API as each role
 * (`overrideAccess: false` and the real account): safeguarded people are in nobody's gallery or picker; a
 * member links only what they may link and never sets police or staff-only fields; police notes stay with
 * police and staff; reports linked to a safeguarded person reach outreach.
 */
import { type CollectionSlug, createLocalReq, type Payload, type Where } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Account, MemberAccount } from '@/access/accountOf'
import { linkPhotosToProfile } from '@/collections/Offenders/hooks/linkPhotosToProfile'
import { searchGallery } from '@/features/gallery/searchGallery'
import { postgresOf } from '@/lib/database/postgresOf'
import { readableIdsSql } from '@/lib/database/readableIdsSql'
import type { Offender } from '@/payload-types'
import { attempt } from '../helpers/attempt'
import { documentWithVersion } from '../helpers/documentFixtures'
import { type AccessFixtures, createAccessFixtures, tinyJpeg } from '../helpers/fixtures'
import { giveNotice } from '../helpers/giveNotice'
import { inPersonRecognitionAnswers } from '../helpers/recognitionAnswers'
import { loadRoleUsers, type Role } from '../helpers/roles'
import { testPayload } from '../helpers/testPayload'

let payload: Payload
let users: Record<Caller, Account | null>
let fx: AccessFixtures
let image: Buffer
const overrideAccess = true // set-up and reading back what was stored, past the rules under test
/** The roles of the access table, and a member of the other business (Lantern Books). */
type Caller = Role | 'member2'
const as = (caller: Caller) => ({ user: users[caller] ?? undefined, overrideAccess: false as const })
const memberAccount = (caller: Caller) => users[caller] as MemberAccount
const hourAgo = () => new Date(Date.now() - 3_600_000).toISOString()
const monthsAgo = (months: number) => new Date(Date.now() - months * 30 * 86_400_000).toISOString()

/** Extra rows: hidden profiles under a running exclusion, and reports linked to a safeguarded person. */
let excludedSafeguarded: number
let excludedProposal: number
let safeguardedLastName: string
let incSafeguardedTheft: number
let incSafeguardedBegging: number
let evSafeguardedReport: number

const stored = <T = Record<string, unknown>>(collection: CollectionSlug, id: number) =>
  payload.findByID({ collection, id, depth: 0, overrideAccess }) as Promise<T>
const count = async (collection: CollectionSlug) =>
  (await payload.count({ collection, overrideAccess })).totalDocs

/** A photo a member uploaded on its own (not yet linked to a report or a profile). */
const strayPhoto = async (role: Caller) =>
  (
    await payload.create({
      collection: 'evidence',
      data: { kind: 'cctv-still' },
      file: { data: image, mimetype: 'image/jpeg', name: `stray-${role}.jpg`, size: image.length },
      depth: 0,
      ...as(role),
    })
  ).id

/** What a refusal says, as the member would read it (Payload's ValidationError, else its message). */
const refusalOf = async (operation: () => Promise<unknown>) => {
  try {
    await operation()
    return 'allowed'
  } catch (error) {
    const { status, data, message } = error as {
      status?: number
      message: string
      data?: { errors?: { message: string; path?: string }[] }
    }
    const messages = data?.errors?.map((entry) => `${entry.path}: ${entry.message}`)
    return `${status} ${messages?.join('; ') ?? message}`
  }
}

const theftBy = (role: Caller, extra: Record<string, unknown>) =>
  payload.create({
    collection: 'incidents',
    data: { type: 'theft', occurredAt: hourAgo(), description: 'Took a bottle of gin.', ...extra },
    depth: 0,
    ...as(role),
  } as never)

const exclusionState = async (id: number) => {
  const doc = await stored<Offender>('offenders', id)
  return {
    lastIncidentAt: doc.lastIncidentAt ?? null,
    lastBreachAt: doc.exclusion?.lastBreachAt ?? null,
    appealFrom: doc.exclusion?.appealFrom ?? null,
  }
}

beforeAll(async () => {
  payload = await testPayload()
  const member2 = await payload.find({
    collection: 'members',
    where: { email: { equals: 'member2@ntars.test' } },
    limit: 1,
    depth: 0,
    overrideAccess,
  })
  users = {
    ...(await loadRoleUsers(payload)),
    member2: { ...member2.docs[0], collection: 'members' } as Account,
  }
  fx = await createAccessFixtures(payload)
  image = await tinyJpeg()
  const excluded = async (status: 'approved' | 'proposed', safeguarding: boolean) => {
    const profile = await payload.create({
      collection: 'offenders',
      data: {
        firstName: 'Hidden',
        lastName: `Excluded-${Math.random().toString(36).slice(2, 7)}`,
        status,
        safeguarding,
        gallery: 'known',
        lastIncidentAt: monthsAgo(11),
      },
      depth: 0,
      overrideAccess,
    })
    await giveNotice(payload, profile.id, { stage: 'exclusion', startsAt: monthsAgo(2) })
    return profile
  }
  excludedSafeguarded = (await excluded('approved', true)).id
  excludedProposal = (await excluded('proposed', false)).id
  safeguardedLastName = (await stored<Offender>('offenders', fx.offenders.offSafeguarded)).lastName as string
  const linkedReport = async (type: 'theft' | 'begging') =>
    (
      await payload.create({
        collection: 'incidents',
        data: {
          type,
          business: fx.businesses.businessB,
          reporter: fx.members.member2,
          occurredAt: hourAgo(),
          description: `Fixture ${type} by a safeguarded person`,
          offenders: [fx.offenders.offSafeguarded],
          status: 'submitted',
          police: { crimeReference: 'NB/SAFE/26', outcome: 'none', notes: 'Fixture police note' },
        },
        depth: 0,
        overrideAccess,
      })
    ).id
  incSafeguardedTheft = await linkedReport('theft')
  incSafeguardedBegging = await linkedReport('begging')
  evSafeguardedReport = (
    await payload.create({
      collection: 'evidence',
      data: { kind: 'incident-photo', incident: incSafeguardedTheft },
      file: { data: image, mimetype: 'image/jpeg', name: 'safeguarded-report.jpg', size: image.length },
      depth: 0,
      overrideAccess,
    })
  ).id
})

// ------------------------------------------------------------------------------------------- item 2
describe('safeguarded people: in nobody’s gallery or picker', () => {
  const viewers: Role[] = ['member', 'business-manager', 'police', 'partner-asb', 'partner-outreach']
  for (const role of viewers) {
    it(`${role} cannot read a safeguarded profile, by id or in a list`, async () => {
      expect(
        await attempt(() =>
          payload.findByID({ collection: 'offenders', id: fx.offenders.offSafeguarded, ...as(role) }),
        ),
      ).toBe('denied')
      const listed = await payload
        .find({
          collection: 'offenders',
          where: { id: { in: [fx.offenders.offSafeguarded, excludedSafeguarded] } },
          depth: 0,
          ...as(role),
        })
        .then((found) => found.totalDocs)
        .catch(() => 0)
      expect(listed).toBe(0)
    })
  }

  for (const role of ['member', 'business-manager', 'police', 'partner-asb'] as const) {
    it(`the report form's picker (the gallery search) never offers a safeguarded person to ${role}`, async () => {
      const found = await searchGallery(memberAccount(role), { query: safeguardedLastName })
      expect(found.cards.map((card) => card.id)).not.toContain(fx.offenders.offSafeguarded)
      const hidden = await searchGallery(memberAccount(role), { query: 'Hidden' })
      expect(hidden.cards.map((card) => card.id)).not.toContain(excludedSafeguarded)
      // The same search still finds an ordinary gallery profile.
      const approved = await stored<Offender>('offenders', fx.offenders.offApproved)
      const control = await searchGallery(memberAccount(role), { query: approved.lastName as string })
      expect(control.cards.map((card) => card.id)).toContain(fx.offenders.offApproved)
    })
  }

  it('police still read the reports linked to a safeguarded person; the person does not populate', async () => {
    const report = await payload.findByID({
      collection: 'incidents',
      id: incSafeguardedTheft,
      depth: 1,
      ...as('police'),
    })
    expect(report.offenders).toEqual([fx.offenders.offSafeguarded])
  })

  it('police cannot write their notes onto a safeguarded profile they may not read', async () => {
    const before = (await stored<Offender>('offenders', fx.offenders.offSafeguarded)).policeNotes ?? null
    const result = await attempt(() =>
      payload.update({
        collection: 'offenders',
        id: fx.offenders.offSafeguarded,
        data: { policeNotes: 'Written without seeing the profile' },
        ...as('police'),
      }),
    )
    expect(result).toBe('denied')
    expect((await stored<Offender>('offenders', fx.offenders.offSafeguarded)).policeNotes ?? null).toBe(
      before,
    )
  })

  for (const role of ['member', 'business-manager', 'police', 'partner-asb'] as const) {
    it(`${role} cannot open a safeguarded person's photo through the profile link`, async () => {
      expect(
        await attempt(() =>
          payload.findByID({ collection: 'evidence', id: fx.evidence.evSafeguarded, ...as(role) }),
        ),
      ).toBe('denied')
    })
  }

  it('scheme staff still read safeguarded profiles and their photos', async () => {
    const profile = await payload.findByID({
      collection: 'offenders',
      id: fx.offenders.offSafeguarded,
      depth: 0,
      ...as('scheme-manager'),
    })
    expect(profile.safeguarding).toBe(true)
    expect(
      await attempt(() =>
        payload.findByID({ collection: 'evidence', id: fx.evidence.evSafeguarded, ...as('scheme-manager') }),
      ),
    ).toBe('allowed')
  })
})

// ------------------------------------------------------------------------------------------- item 3
describe('a member’s report links only what the member may link', () => {
  for (const [label, hidden] of [
    ['a safeguarded person under exclusion', () => excludedSafeguarded],
    ['another member’s proposal under exclusion', () => excludedProposal],
  ] as const) {
    it(`refuses a report linking ${label}, and touches nothing on that profile`, async () => {
      const before = await exclusionState(hidden())
      const incidents = await count('incidents')
      const refusal = await refusalOf(() => theftBy('member', { offenders: [hidden()] }))
      expect(refusal).toMatch(/^400 offenders: /)
      expect(await count('incidents')).toBe(incidents)
      expect(await exclusionState(hidden())).toEqual(before)
    })
  }

  it('says the same about a hidden excluded profile as about any profile the member cannot see', async () => {
    const excludedRefusal = await refusalOf(() => theftBy('member', { offenders: [excludedSafeguarded] }))
    const archivedRefusal = await refusalOf(() =>
      theftBy('member', { offenders: [fx.offenders.offArchived] }),
    )
    const missingRefusal = await refusalOf(() => theftBy('member', { offenders: [99_999_999] }))
    const anonymise = (text: string) => text.replace(/\d{2,}/g, '#')
    expect(anonymise(excludedRefusal)).toBe(anonymise(archivedRefusal))
    expect(anonymise(excludedRefusal)).toBe(anonymise(missingRefusal))
  })

  it('still links a gallery profile, and the member’s own proposal of an unknown person', async () => {
    const proposal = await payload.create({
      collection: 'offenders',
      data: { gallery: 'id-sought', appearance: { distinguishingFeatures: 'Red cap, limp' } },
      depth: 0,
      ...as('member'),
    } as never)
    const report = await theftBy('member', { offenders: [fx.offenders.offApproved, proposal.id] })
    const saved = await stored<{ offenders: number[]; occurredAt: string }>('incidents', Number(report.id))
    expect(saved.offenders).toEqual([fx.offenders.offApproved, proposal.id])
    // The profile's last incident is this report's time (collections/Incidents/hooks/touchOffenderActivity.ts).
    expect((await stored<Offender>('offenders', Number(proposal.id))).lastIncidentAt).toBe(saved.occurredAt)
  })

  it('does not let a member link someone else’s proposal even when it has no exclusion', async () => {
    const otherProposal = await payload.create({
      collection: 'offenders',
      data: { gallery: 'id-sought', appearance: { distinguishingFeatures: 'Blue scarf' } },
      depth: 0,
      ...as('member2'),
    } as never)
    expect(await refusalOf(() => theftBy('member', { offenders: [otherProposal.id] }))).toMatch(/^400 /)
  })

  for (const role of ['member', 'business-manager'] as const) {
    it(`drops the police outcome and notes a ${role} sends with a new report, keeping the crime reference they were given`, async () => {
      const report = await theftBy(role, {
        police: { crimeReference: 'NB/FAKE/26', outcome: 'conviction', notes: 'Charged and convicted.' },
      })
      const saved = await stored<{ police?: { crimeReference?: string; outcome?: string; notes?: string } }>(
        'incidents',
        Number(report.id),
      )
      expect(saved.police?.outcome ?? 'none').toBe('none')
      expect(saved.police?.notes ?? null).toBeNull()
      expect(saved.police?.crimeReference).toBe('NB/FAKE/26')
    })

    it(`does not let a ${role} change the crime reference after filing`, async () => {
      const report = await theftBy(role, { police: { crimeReference: 'NB/FIRST/26' } })
      await payload
        .update({
          collection: 'incidents',
          id: report.id,
          data: { police: { crimeReference: 'NB/CHANGED/26' } },
          depth: 0,
          ...as(role),
        })
        .catch(() => undefined)
      const saved = await stored<{ police?: { crimeReference?: string } }>('incidents', Number(report.id))
      expect(saved.police?.crimeReference).toBe('NB/FIRST/26')
    })
  }

  it('refuses a report listing another business’s photo, and leaves the photo unlinked', async () => {
    const theirs = await strayPhoto('member2')
    const incidents = await count('incidents')
    expect(await refusalOf(() => theftBy('member', { evidence: [theirs] }))).toMatch(/^400 evidence: /)
    expect(await refusalOf(() => theftBy('member', { evidence: [fx.evidence.evB] }))).toMatch(
      /^400 evidence: /,
    )
    expect(await count('incidents')).toBe(incidents)
    expect((await stored<{ incident?: number | null }>('evidence', theirs)).incident ?? null).toBeNull()
  })

  it('still claims the member’s own photo for their report', async () => {
    const mine = await strayPhoto('member')
    const report = await theftBy('member', { evidence: [mine] })
    expect((await stored<{ incident?: number }>('evidence', mine)).incident).toBe(report.id)
  })

  it('lets police add a crime reference to a report linked to a safeguarded person', async () => {
    await payload.update({
      collection: 'incidents',
      id: incSafeguardedBegging,
      data: { police: { crimeReference: 'NB/BEG/26' } },
      depth: 0,
      ...as('police'),
    })
    const saved = await stored<{ police?: { crimeReference?: string }; offenders: number[] }>(
      'incidents',
      incSafeguardedBegging,
    )
    expect(saved.police?.crimeReference).toBe('NB/BEG/26')
    expect(saved.offenders).toEqual([fx.offenders.offSafeguarded])
  })

  it('lets scheme staff link a safeguarded person to a report they enter', async () => {
    const report = await theftBy('scheme-manager', {
      business: fx.businesses.businessA,
      offenders: [fx.offenders.offSafeguarded],
    })
    expect((await stored<{ offenders: number[] }>('incidents', Number(report.id))).offenders).toEqual([
      fx.offenders.offSafeguarded,
    ])
  })
})

describe('recognitions only of profiles the recogniser may see', () => {
  const recognise = (role: Role, offender: number) =>
    payload.create({
      collection: 'recognitions',
      data: { offender, recognisedAt: hourAgo(), ...inPersonRecognitionAnswers, confidence: 'likely' },
      depth: 0,
      ...as(role),
    } as never)

  for (const role of ['member', 'business-manager', 'police'] as const) {
    it(`refuses ${role}’s recognition of a safeguarded person or a proposal, and writes nothing`, async () => {
      const before = await count('recognitions')
      for (const hidden of [fx.offenders.offSafeguarded, fx.offenders.offProposed]) {
        expect(await refusalOf(() => recognise(role, hidden))).toMatch(/^400 offender: /)
      }
      expect(await count('recognitions')).toBe(before)
      expect(await attempt(() => recognise(role, fx.offenders.offApproved))).toBe('allowed')
    })
  }
})

describe('a member’s proposal', () => {
  const propose = (data: Record<string, unknown>) =>
    payload.create({
      collection: 'offenders',
      data: { gallery: 'id-sought', appearance: { distinguishingFeatures: 'Green coat' }, ...data },
      depth: 0,
      ...as('member'),
    } as never)

  it('cannot list photos the proposer did not upload, and none are linked to it', async () => {
    const theirs = await strayPhoto('member2')
    const offenders = await count('offenders')
    for (const photo of [theirs, fx.evidence.evB, fx.evidence.evA]) {
      expect(await refusalOf(() => propose({ photos: [photo] }))).toMatch(/^400 photos: /)
    }
    expect(await count('offenders')).toBe(offenders)
    expect((await stored<{ offender?: number | null }>('evidence', theirs)).offender ?? null).toBeNull()
  })

  it('links the proposer’s own photo to the proposal', async () => {
    const mine = await strayPhoto('member')
    const proposal = await propose({ photos: [mine] })
    expect((await stored<{ offender?: number }>('evidence', mine)).offender).toBe(proposal.id)
  })

  it('is linked to photos by a hook that takes the proposer from the data written, not the filtered doc', async () => {
    const proposal = await propose({})
    const mine = await strayPhoto('member')
    const theirs = await strayPhoto('member2')
    const req = await createLocalReq({ user: users.member as MemberAccount }, payload)
    // What Payload hands the hook after a member's create: `doc` has passed field read access (no proposer).
    await linkPhotosToProfile({
      data: { status: 'proposed', proposedBy: fx.members.member, photos: [mine, theirs] },
      doc: { id: proposal.id, status: 'proposed', photos: [mine, theirs] },
      previousDoc: {},
      operation: 'create',
      req,
    } as never)
    expect((await stored<{ offender?: number }>('evidence', mine)).offender).toBe(proposal.id)
    expect((await stored<{ offender?: number | null }>('evidence', theirs)).offender ?? null).toBeNull()
  })

  it('cannot set an exclusion (the notices’ mirror) or associates; they are dropped', async () => {
    const proposal = await propose({
      exclusion: { stage: 'exclusion', startsAt: hourAgo() },
      associates: [fx.offenders.offSafeguarded],
    })
    const saved = await stored<Offender>('offenders', Number(proposal.id))
    expect(saved.exclusion?.stage ?? 'none').toBe('none')
    expect(saved.exclusion?.endsAt ?? null).toBeNull()
    expect(saved.associates ?? []).toEqual([])
  })
})

// ------------------------------------------------------------------------------------------- item 8
describe('police notes on a report: police and staff only', () => {
  type Police = { crimeReference?: string | null; outcome?: string | null; notes?: string | null }
  const policeOf = async (role: Role, id: number) =>
    ((await payload.findByID({ collection: 'incidents', id, depth: 0, ...as(role) })) as { police?: Police })
      .police ?? {}

  beforeAll(async () => {
    for (const id of [fx.incidents.incA, fx.incidents.incAsbB]) {
      await payload.update({
        collection: 'incidents',
        id,
        data: { police: { crimeReference: 'NB/7070/26', outcome: 'charge', notes: 'Suspect interviewed.' } },
        depth: 0,
        overrideAccess,
      })
    }
  })

  for (const role of ['member', 'business-manager'] as const) {
    it(`the reporting business (${role}) reads the crime number and outcome, not the notes`, async () => {
      const police = await policeOf(role, fx.incidents.incA)
      expect(police.crimeReference).toBe('NB/7070/26')
      expect(police.outcome).toBe('charge')
      expect(police.notes).toBeUndefined()
    })
  }

  it('a partner reads none of the police fields', async () => {
    const police = await policeOf('partner-asb', fx.incidents.incAsbB)
    expect(police.notes).toBeUndefined()
    expect(police.crimeReference).toBeUndefined()
    expect(police.outcome).toBeUndefined()
  })

  for (const role of ['police', 'scheme-manager'] as const) {
    it(`${role} reads the notes`, async () => {
      expect((await policeOf(role, fx.incidents.incA)).notes).toBe('Suspect interviewed.')
    })
  }

  it('a member cannot narrow their reports by the notes', async () => {
    const all = await payload.count({ collection: 'incidents', ...as('member') })
    const narrowed = await payload
      .count({ collection: 'incidents', where: { 'police.notes': { like: 'interviewed' } }, ...as('member') })
      .then((found) => found.totalDocs)
      .catch((error: { status?: number }) => `refused ${error.status}`)
    expect([all.totalDocs, 'refused 400', 'refused 403']).toContain(narrowed)
  })
})

// ------------------------------------------------------------------------------------------- item 9
describe('reports linked to a safeguarded person reach outreach', () => {
  const reads = (role: Role, collection: CollectionSlug, id: number) =>
    attempt(async () => {
      await payload.findByID({ collection, id, depth: 0, ...as(role) })
      const listed = await payload.find({ collection, where: { id: { equals: id } }, depth: 0, ...as(role) })
      if (!listed.docs.length) throw Object.assign(new Error('not listed'), { status: 404 })
    })

  it('outreach reads a theft report linked to a safeguarded person, and its photo', async () => {
    expect(await reads('partner-outreach', 'incidents', incSafeguardedTheft)).toBe('allowed')
    expect(await reads('partner-outreach', 'incidents', incSafeguardedBegging)).toBe('allowed')
    expect(await reads('partner-outreach', 'evidence', evSafeguardedReport)).toBe('allowed')
    // An ordinary theft report is still outside outreach's remit.
    expect(await reads('partner-outreach', 'incidents', fx.incidents.incB)).toBe('denied')
  })

  it('the ASB unit reads such a report only when its type is in the ASB remit', async () => {
    expect(await reads('partner-asb', 'incidents', incSafeguardedBegging)).toBe('allowed')
    expect(await reads('partner-asb', 'incidents', incSafeguardedTheft)).toBe('denied')
    expect(await reads('partner-asb', 'evidence', evSafeguardedReport)).toBe('denied')
  })

  it('outreach never reads the safeguarded person’s profile through the report', async () => {
    const report = await payload.findByID({
      collection: 'incidents',
      id: incSafeguardedTheft,
      depth: 1,
      ...as('partner-outreach'),
    })
    expect(report.offenders).toEqual([fx.offenders.offSafeguarded])
    expect((report as { reporter?: unknown }).reporter).toBeUndefined()
  })

  it('the SQL aggregates pick the same reports for outreach as Payload’s find', async () => {
    const outreach = memberAccount('partner-outreach')
    const outreachReads = [incSafeguardedTheft, incSafeguardedBegging, fx.incidents.incWelfareB]
    const others = [fx.incidents.incA, fx.incidents.incB, fx.incidents.incAsbB]
    const where: Where = { id: { in: [...outreachReads, ...others] } }
    const select = await readableIdsSql(payload, 'incidents', outreach, where)
    if (!select) throw new Error('outreach reads no reports at all')
    const db = postgresOf(payload).drizzle
    const viaSql = (await db.execute<{ id: number }>(select)).rows
      .map((row) => Number(row.id))
      .sort((a, b) => a - b)
    const viaFind = (
      await payload.find({
        collection: 'incidents',
        where,
        limit: 10,
        depth: 0,
        ...as('partner-outreach'),
      })
    ).docs
      .map((doc) => doc.id)
      .sort((a, b) => a - b)
    expect(viaSql).toEqual(viaFind)
    expect(viaSql).toEqual([...outreachReads].sort((a, b) => a - b))
  })
})

describe('witness statements follow the report, and only the witness signs', () => {
  const awaiting = async (incident: number) =>
    (
      await payload.create({
        collection: 'witness-statements',
        data: { incident, status: 'awaiting-signature', body: 'Holes statement' },
        depth: 0,
        overrideAccess, // set-up: as police would have asked for it
      })
    ).id

  it('a reporter’s edit never changes the witness, the requester, the report or the signing fields', async () => {
    const id = await awaiting(fx.incidents.incA)
    const before = await stored('witness-statements', id)
    await payload.update({
      collection: 'witness-statements',
      id,
      data: {
        occupation: 'Clerk',
        reporter: fx.members.member2,
        witnessName: 'Somebody Else',
        requestedBy: { relationTo: 'members', value: fx.members.member },
        incident: fx.incidents.incB,
        signedAt: hourAgo(),
        signedDocument: null,
      } as never,
      depth: 0,
      ...as('member'),
    })
    const after = await stored('witness-statements', id)
    expect(after.occupation).toBe('Clerk')
    for (const field of ['reporter', 'witnessName', 'requestedBy', 'incident', 'signedAt', 'signedDocument'])
      expect(after[field], field).toEqual(before[field])
  })

  it('the reporter’s business manager and another business find none of it, however they filter', async () => {
    await awaiting(fx.incidents.incA)
    // Refused outright (403) or an empty list: either way nothing of member@'s.
    const listed = (collection: CollectionSlug, where: Where, caller: Caller) =>
      payload
        .find({ collection, where, depth: 0, ...as(caller) })
        .then((result) => result.docs.length)
        .catch((error: { status?: number }) => (error.status === 403 ? 0 : Promise.reject(error)))
    for (const caller of ['business-manager', 'member2', 'partner-asb', 'partner-outreach'] as const) {
      const byReport: Where = { incident: { equals: fx.incidents.incA } }
      expect(await listed('witness-statements', byReport, caller), caller).toBe(0)
      const byReporter: Where = { 'incident.reporter': { equals: fx.members.member } }
      expect(await listed('signed-documents', byReporter, caller), caller).toBe(0)
    }
  })

  it('a partner cannot ask for a statement even on a report in its remit', async () => {
    const before = await count('witness-statements')
    const outcome = await refusalOf(() =>
      payload.create({
        collection: 'witness-statements',
        data: { incident: fx.incidents.incAsbB, status: 'draft', body: 'Partner draft' },
        ...as('partner-asb'),
      }),
    )
    expect(outcome).toMatch(/^403/)
    expect(await count('witness-statements')).toBe(before)
  })

  it('police and staff cannot mark a statement signed for the witness', async () => {
    const id = await awaiting(fx.incidents.incA)
    for (const caller of ['police', 'scheme-manager'] as const) {
      const outcome = await refusalOf(() =>
        payload.update({
          collection: 'witness-statements',
          id,
          data: { status: 'signed', declarationAccepted: true, occupation: 'Clerk' },
          ...as(caller),
        }),
      )
      expect(outcome, caller).toBe('400 status: This statement can no longer be changed that way.')
    }
    const after = await stored('witness-statements', id)
    expect(after.status).toBe('awaiting-signature')
    expect(after.declarationAccepted).toBe(false)
  })
})

describe('the document library: receipts and acceptances only for oneself', () => {
  it('a member cannot record a read of a version of another document, or of one outside their audience', async () => {
    const mine = await documentWithVersion(payload, ['all-members'])
    const police = await documentWithVersion(payload, ['police'])
    const before = await count('document-reads')
    // The version belongs to another document: refused, so a receipt cannot claim a document was read.
    const mismatched = await refusalOf(() =>
      payload.create({
        collection: 'document-reads',
        data: { document: mine.document, version: police.version },
        ...as('member'),
      }),
    )
    expect(mismatched).not.toBe('allowed')
    const outside = await refusalOf(() =>
      payload.create({
        collection: 'document-reads',
        data: { document: police.document, version: police.version },
        ...as('member'),
      }),
    )
    expect(outside).not.toBe('allowed')
    expect(await count('document-reads')).toBe(before)
  })

  it('a business manager accepts only for their own business, whatever business the data names', async () => {
    const terms = await documentWithVersion(payload, ['all-members'], { acceptOnJoining: true })
    const acceptance = await payload.create({
      collection: 'document-acceptances',
      data: { document: terms.document, version: terms.version, business: fx.businesses.businessB },
      depth: 0,
      ...as('business-manager'),
    })
    expect(acceptance.business).toBe(fx.businesses.businessA)
    expect(acceptance.member).toBe(memberAccount('business-manager').id)
  })

  it('the receipts SQL picks the same rows for a member as Payload’s find', async () => {
    const member = memberAccount('member')
    const opened = await documentWithVersion(payload, ['all-members'])
    await payload.create({ collection: 'document-reads', data: opened, depth: 0, ...as('member') })
    const select = await readableIdsSql(payload, 'document-reads', member, {})
    if (!select) throw new Error('a member reads no receipts at all')
    const viaSql = (await postgresOf(payload).drizzle.execute<{ id: number }>(select)).rows
      .map((row) => Number(row.id))
      .sort((a, b) => a - b)
    const found = await payload.find({
      collection: 'document-reads',
      pagination: false,
      depth: 0,
      ...as('member'),
    })
    expect(viaSql.length).toBeGreaterThan(0)
    expect(viaSql).toEqual(found.docs.map((doc) => doc.id).sort((a, b) => a - b))
  })
})
