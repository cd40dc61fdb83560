/**
 * The profile's pattern of offending is counted in PostgreSQL (features/gallery/getLinkedIncidentSummary.ts). It must
 * say exactly what counting the same rows one by one says (summarisePattern), for each kind of viewer, with
 * the viewer's own row access: UK days and hours across both clock changes, pence, place names merged,
 * places the viewer may not read named "A member business".
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { MemberAccount } from '@/access/accountOf'
import { relationId } from '@/access/relationId'
import { relationKey } from '@/access/relationKey'
import { getLinkedIncidentSummary, hiddenPlaceName } from '@/features/gallery/getLinkedIncidentSummary'
import { summariseAggregates } from '@/features/patterns/summariseAggregates'
import { summarisePattern } from '@/features/patterns/summarisePattern'
import type { PatternIncident } from '@/features/patterns/types'
import { recordLabel } from '@/lib/format/recordLabel'
import { type AccessFixtures, createAccessFixtures } from '../helpers/fixtures'
import { loadRoleUsers } from '../helpers/roles'
import { testPayload } from '../helpers/testPayload'

const getProfilePattern = async (viewer: MemberAccount, id: number) =>
  (await getLinkedIncidentSummary(viewer, id)).pattern

let payload: Payload
let fx: AccessFixtures
let viewers: Record<'member' | 'police' | 'partner-asb', MemberAccount>
let offenderId: number
const overrideAccess = true // test set-up writes the rows; the checks then read as each viewer

// Instants around the clock changes (BST starts 30 Mar 2025 01:00 UTC, ends 26 Oct 2025 01:00 UTC), late
// evenings that are the next UK day in summer, a Sunday-to-Monday week edge and a New Year ISO-week edge.
const instants = [
  '2025-03-30T00:59:00Z',
  '2025-03-30T01:00:00Z',
  '2025-07-12T23:30:00Z',
  '2025-10-26T00:30:00Z',
  '2025-10-26T01:30:00Z',
  '2025-12-28T23:59:00Z',
  '2024-12-30T00:10:00Z',
  '2025-06-01T22:59:59Z',
  '2025-06-01T23:00:00Z',
  '2025-01-05T12:00:00Z',
]
const money = [null, 0.1, 0.2, 19.99, 1000, 0.005, 0.01, 250.5, null, 3.33]

/** The same rows loaded one by one through the Local API with the viewer's access. */
const rowsAsSeenBy = async (viewer: MemberAccount): Promise<PatternIncident[]> => {
  const incidents = await payload.find({
    collection: 'incidents',
    where: { offenders: { contains: offenderId } },
    limit: 100, // the fixture profile has far fewer reports; a member's list is capped at 100
    // Types come with their labels, as the database's summary joins them.
    depth: 1,
    populate: { 'incident-types': { label: true }, businesses: { name: true } },
    select: { occurredAt: true, type: true, business: true, valueLost: true, valueRecovered: true },
    user: viewer,
    overrideAccess: false,
  })
  const businessIds = [...new Set(incidents.docs.map((doc) => relationId(doc.business)))].filter(
    (id): id is number => id !== null,
  )
  const businesses = await payload.find({
    collection: 'businesses',
    where: { id: { in: businessIds } },
    select: { name: true },
    pagination: false,
    limit: 1000,
    depth: 0,
    user: viewer,
    overrideAccess: false,
  })
  const nameOf = new Map(businesses.docs.map((business) => [business.id, business.name]))
  return incidents.docs.map((doc) => ({
    occurredAt: doc.occurredAt,
    type: relationKey(doc.type) ?? '',
    typeLabel: recordLabel(doc.type),
    businessName: nameOf.get(relationId(doc.business) ?? -1) ?? hiddenPlaceName,
    valueLost: doc.valueLost,
    valueRecovered: doc.valueRecovered,
  }))
}

beforeAll(async () => {
  payload = await testPayload()
  fx = await createAccessFixtures(payload)
  const users = await loadRoleUsers(payload)
  viewers = {
    member: users.member as MemberAccount,
    police: users.police as MemberAccount,
    'partner-asb': users['partner-asb'] as MemberAccount,
  }
  const offender = await payload.create({
    collection: 'offenders',
    data: { firstName: 'Pattern', lastName: 'Fixture', status: 'approved', gallery: 'known' },
    overrideAccess,
  })
  offenderId = offender.id
  const types = ['theft', 'asb', 'theft', 'abuse-to-staff', 'theft'] as const
  const businesses = [fx.businesses.businessA, fx.businesses.businessB, fx.businesses.unadopted]
  for (const [index, occurredAt] of instants.entries()) {
    for (const business of businesses) {
      await payload.create({
        collection: 'incidents',
        data: {
          type: types[index % types.length] ?? 'theft',
          business,
          reporter: fx.members.member,
          occurredAt,
          description: 'Pattern fixture',
          summary: 'Pattern fixture',
          status: 'submitted',
          offenders: [offenderId],
          valueLost: money[index],
          // Recovered never exceeds lost (a validation rule); half of it, to the penny, on every third row.
          valueRecovered: index % 3 === 0 && money[index] ? Math.round((money[index] ?? 0) * 50) / 100 : null,
        },
        overrideAccess,
      })
    }
  }
})

describe('getLinkedIncidentSummary', () => {
  for (const role of ['member', 'police', 'partner-asb'] as const) {
    it(`counts in PostgreSQL exactly what counting the rows says, for ${role}`, async () => {
      const viewer = viewers[role]
      const rows = await rowsAsSeenBy(viewer)
      const aggregates = await getProfilePattern(viewer, offenderId)
      const options = { lastWeeks: { weeks: 80, now: new Date('2026-01-10T12:00:00Z') }, topPlaces: 2 }
      expect(summariseAggregates(aggregates, options)).toEqual(summarisePattern(rows, options))
      expect(summariseAggregates(aggregates)).toEqual(summarisePattern(rows))
    })
  }

  it('applies the viewer’s row access: a business sees its own reports, police all', async () => {
    expect((await getProfilePattern(viewers.police, offenderId)).total).toBe(instants.length * 3)
    const own = await getProfilePattern(viewers.member, offenderId)
    expect(own.total).toBe(instants.length)
    expect([...own.places.keys()]).toEqual(['Copper Kettle Café'])
  })

  it('lists the latest ten the viewer may read, newest first', async () => {
    const { recent } = await getLinkedIncidentSummary(viewers.police, offenderId)
    const expected = await payload.find({
      collection: 'incidents',
      where: { offenders: { contains: offenderId } },
      sort: ['-occurredAt', '-id'],
      limit: 10,
      depth: 1,
      populate: { 'incident-types': { label: true } },
      select: { occurredAt: true, type: true },
      user: viewers.police,
      overrideAccess: false,
    })
    expect(recent).toEqual(
      expected.docs.map((doc) => ({
        id: doc.id,
        occurredAt: doc.occurredAt,
        type: relationKey(doc.type),
        typeLabel: recordLabel(doc.type),
      })),
    )
    const own = await getLinkedIncidentSummary(viewers.member, offenderId)
    expect(own.recent).toHaveLength(10)
    const ownRows = await payload.find({
      collection: 'incidents',
      where: { id: { in: own.recent.map((incident) => incident.id) } },
      depth: 0,
      select: { business: true },
      overrideAccess,
    })
    for (const row of ownRows.docs) expect(row.business).toBe(fx.businesses.businessA)
  })

  it('counts only a partner agency’s remit', async () => {
    const outreach = (await loadRoleUsers(payload))['partner-outreach'] as MemberAccount
    const rows = await rowsAsSeenBy(outreach)
    expect((await getProfilePattern(outreach, offenderId)).total).toBe(rows.length)
  })

  // Aggregates bypass field-level read access and afterRead hooks (lib/database/readableIdsSql.ts): the
  // fields counted must have neither, or this shortcut would show what the field rules hide.
  it('counts only fields without field-level read access or read hooks', () => {
    const check = (collection: 'incidents' | 'businesses', names: string[]) => {
      for (const name of names) {
        const field = payload.collections[collection].config.flattenedFields.find((f) => f.name === name)
        expect(field, `${collection}.${name}`).toBeDefined()
        expect(
          field && 'access' in field ? field.access?.read : undefined,
          `${collection}.${name}`,
        ).toBeUndefined()
        const hooks = field && 'hooks' in field ? field.hooks : undefined
        expect(hooks?.afterRead ?? [], `${collection}.${name}`).toEqual([])
      }
    }
    check('incidents', ['occurredAt', 'type', 'business', 'valueLost', 'valueRecovered', 'offenders'])
    check('businesses', ['name'])
  })
})
