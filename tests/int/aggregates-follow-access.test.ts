/**
 * Aggregates follow read access: the staff dashboard's and the outcome report's figures are counted in
 * PostgreSQL over the rows the viewer's own read access allows (lib/database/readableIdsSql.ts), so each
 * figure equals what the Local API returns to the same account with `overrideAccess: false`. An admin counts
 * every row; an editor (who reads no reports), a business member and the partner agencies count fewer.
 * Outcome fixtures sit in one week of March 2010, which no seed data reaches; the dashboard reads the seed.
 */
import type { Payload, Where } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Account, StaffAccount } from '@/access/accountOf'
import { relationId } from '@/access/relationId'
import { relationIds } from '@/access/relationIds'
import { dashboardFigures } from '@/features/dashboard/dashboardFigures'
import { countOutcomes } from '@/features/outcomes/countOutcomes'
import { outcomeFigures } from '@/features/outcomes/outcomeFigures'
import { type OutcomePeriod, outcomePeriod } from '@/features/outcomes/outcomePeriod'
import { byWeek } from '@/features/patterns/byWeek'
import { findEveryPage } from '../helpers/findEveryPage'
import { findBySlug } from '../helpers/fixtures'
import { giveNotice } from '../helpers/giveNotice'
import { loadRoleUsers, type Role } from '../helpers/roles'
import { testPayload } from '../helpers/testPayload'

const viewerRoles = [
  'admin',
  'scheme-manager',
  'editor',
  'member',
  'police',
  'partner-asb',
  'partner-outreach',
] as const satisfies readonly Role[]
type ViewerRole = (typeof viewerRoles)[number]

let payload: Payload
let viewers: Record<ViewerRole, Account>
const overrideAccess = true // test set-up writes fixtures directly; the checks then read as each viewer
const period = outcomePeriod('2010-03-08', '2010-03-14') as OutcomePeriod
const now = new Date()

/** Read as the viewer; a collection the viewer may not read at all answers with nothing, as a figure does. */
const as = (viewer: Account) =>
  ({ user: viewer, overrideAccess: false, disableErrors: true, depth: 0 }) as const

const tallyOf = <K>(keys: K[]) => {
  const counts = new Map<K, number>()
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1)
  return counts
}
const descending = (counts: Map<unknown, number>) => [...counts.values()].sort((a, b) => b - a)
const sortedEntries = <K>(entries: Iterable<readonly [K, number]>) =>
  [...entries].map(([key, count]) => [String(key), count]).sort()

/** Of `ids`, the `collection` rows the viewer may read, with their names as the dashboard shows them. */
const readableAmong = async (viewer: Account, collection: 'businesses' | 'offenders', ids: number[]) => {
  if (!ids.length) return new Map<number, string>()
  const found = await payload.find({
    collection,
    where: { id: { in: ids } },
    limit: ids.length,
    ...as(viewer),
  })
  return new Map(
    found.docs.map((doc) => [doc.id, ('name' in doc ? doc.name : doc.displayName) ?? `#${doc.id}`] as const),
  )
}

beforeAll(async () => {
  payload = await testPayload()
  const users = await loadRoleUsers(payload)
  viewers = Object.fromEntries(viewerRoles.map((role) => [role, users[role] as Account])) as typeof viewers
  const shopA = await findBySlug(payload, 'copper-kettle-cafe') // member@ntars.test's business
  const shopB = await findBySlug(payload, 'lantern-books')
  const offender = async (
    lastName: string,
    {
      exclusion,
      ...data
    }: {
      status: 'approved' | 'proposed'
      safeguarding?: boolean
      exclusion: { stage: 'warning' | 'exclusion'; startsAt: string }
    },
  ) => {
    const profile = await payload.create({
      collection: 'offenders',
      data: { firstName: 'Aggregatefixture', lastName, gallery: 'known', ...data },
      overrideAccess,
    })
    await giveNotice(payload, profile.id, exclusion)
    return profile
  }
  const known = await offender('Known', {
    status: 'approved',
    exclusion: { stage: 'exclusion', startsAt: '2010-03-09T10:00:00.000Z' },
  })
  const safeguarded = await offender('Safeguarded', {
    status: 'approved',
    safeguarding: true,
    exclusion: { stage: 'warning', startsAt: '2010-03-10T10:00:00.000Z' },
  })
  const proposed = await offender('Proposed', {
    status: 'proposed',
    exclusion: { stage: 'warning', startsAt: '2010-03-12T10:00:00.000Z' },
  })
  const incident = (
    occurredAt: string,
    type: 'theft' | 'asb' | 'welfare-concern',
    business: number,
    extra: {
      offenders?: number[]
      valueLost?: number
      valueRecovered?: number
      outcome?: 'arrest' | 'charge' | 'conviction'
    } = {},
  ) =>
    payload.create({
      collection: 'incidents',
      data: {
        type,
        occurredAt,
        business,
        description: `Aggregate fixture ${type}`,
        status: 'submitted',
        offenders: extra.offenders,
        valueLost: extra.valueLost,
        valueRecovered: extra.valueRecovered,
        police: extra.outcome ? { outcome: extra.outcome } : undefined,
      },
      overrideAccess,
    })
  await incident('2010-03-08T09:00:00.000Z', 'theft', shopA.id, {
    offenders: [known.id],
    valueLost: 10.5,
    outcome: 'arrest',
  })
  await incident('2010-03-09T10:30:00.000Z', 'asb', shopA.id, {
    offenders: [safeguarded.id],
    outcome: 'charge',
  })
  // During the exclusion of `known`: a breach.
  await incident('2010-03-10T11:00:00.000Z', 'asb', shopB.id, {
    offenders: [known.id, proposed.id],
    valueLost: 5,
    valueRecovered: 1.25,
  })
  await incident('2010-03-11T12:00:00.000Z', 'welfare-concern', shopB.id)
  // 23:30 on Sunday 14 March in London (GMT): the last minutes of the period.
  await incident('2010-03-14T23:30:00.000Z', 'theft', shopB.id, { outcome: 'conviction' })
  // Midnight starting Monday 15 March: after it.
  await incident('2010-03-15T00:00:00.000Z', 'theft', shopA.id, { offenders: [known.id], valueLost: 99 })
  const visit = (business: number, visitedAt: string) =>
    payload.create({ collection: 'shop-visits', data: { business, visitedAt }, overrideAccess })
  await visit(shopA.id, '2010-03-09T09:00:00.000Z')
  await visit(shopB.id, '2010-03-12T09:00:00.000Z')
  await visit(shopA.id, '2010-03-13T09:00:00.000Z')
})

describe('the staff dashboard', () => {
  // Editors and business members may not read a business's membership status (field access), which two
  // figures filter on: the Local API refuses them those queries, and so does the dashboard (below).
  for (const role of ['admin', 'scheme-manager', 'police', 'partner-asb', 'partner-outreach'] as const) {
    it(`shows ${role} exactly what the Local API returns to the same account`, async () => {
      const viewer = viewers[role]
      const figures = await dashboardFigures(payload, viewer, now)
      const { since } = figures
      const earliest = Math.min(
        since.lastMonth.getTime(),
        since.twelveWeeksAgo.getTime(),
        since.ninetyDaysAgo.getTime(),
      )
      const rows = await findEveryPage<{
        occurredAt: string
        type: string
        business: unknown
        offenders: unknown
      }>(payload, {
        collection: 'incidents',
        where: { occurredAt: { greater_than_equal: new Date(earliest).toISOString() } },
        select: { occurredAt: true, type: true, business: true, offenders: true },
        ...as(viewer),
      })
      const from = (date: Date) => rows.filter((row) => new Date(row.occurredAt) >= date)
      const thisMonth = from(since.thisMonth)
      expect(figures.thisMonth).toBe(thisMonth.length)
      expect(figures.lastMonth).toBe(from(since.lastMonth).length - thisMonth.length)
      expect(sortedEntries(figures.byType.map(([type, , n]) => [type, n] as const))).toEqual(
        sortedEntries(tallyOf(thisMonth.map((row) => row.type))),
      )
      expect(figures.weeks).toEqual(
        byWeek(
          from(since.twelveWeeksAgo).map((row) => ({
            occurredAt: row.occurredAt,
            type: row.type,
            businessName: '',
          })),
          { weeks: 12, now },
        ),
      )

      // Busiest places and most active profiles: among those the viewer may read, named as the viewer reads them.
      const places = tallyOf(thisMonth.map((row) => relationId(row.business)).filter((id) => id !== null))
      const namedPlaces = await readableAmong(viewer, 'businesses', [...places.keys()])
      for (const id of places.keys()) if (!namedPlaces.has(id)) places.delete(id)
      expect(figures.topBusinesses.map((entry) => entry.count)).toEqual(descending(places).slice(0, 5))
      for (const entry of figures.topBusinesses) {
        expect(entry).toEqual({ id: entry.id, count: places.get(entry.id), name: namedPlaces.get(entry.id) })
      }
      const profiles = tallyOf(from(since.ninetyDaysAgo).flatMap((row) => relationIds(row.offenders)))
      const namedProfiles = await readableAmong(viewer, 'offenders', [...profiles.keys()])
      for (const id of profiles.keys()) if (!namedProfiles.has(id)) profiles.delete(id)
      expect(figures.activeOffenders.map((entry) => entry.count)).toEqual(descending(profiles).slice(0, 5))
      for (const entry of figures.activeOffenders) {
        expect(entry).toEqual({
          id: entry.id,
          count: profiles.get(entry.id),
          name: namedProfiles.get(entry.id),
        })
      }

      const count = async (collection: 'offenders' | 'businesses' | 'subject-requests', where: Where) =>
        (await payload.count({ collection, where, ...as(viewer) })).totalDocs
      expect(figures.proposalsWaiting).toBe(await count('offenders', { status: { equals: 'proposed' } }))
      expect(figures.adoptedShops).toBe(
        await count('businesses', {
          and: [{ isAdopted: { equals: true } }, { membershipStatus: { equals: 'active' } }],
        }),
      )
      expect(figures.applicantsWaiting).toBe(
        await count('businesses', { membershipStatus: { equals: 'applicant' } }),
      )
      expect(figures.openRequests.total).toBe(await count('subject-requests', { status: { equals: 'open' } }))
    })
  }

  it('refuses a figure over a field the viewer may not read, as the Local API does', async () => {
    const unqueryable = 'The following path cannot be queried: membershipStatus'
    for (const role of ['editor', 'member'] as const) {
      await expect(
        payload.count({
          collection: 'businesses',
          where: { membershipStatus: { equals: 'applicant' } },
          ...as(viewers[role]),
        }),
      ).rejects.toThrow(unqueryable)
      await expect(dashboardFigures(payload, viewers[role], now)).rejects.toThrow(unqueryable)
    }
  })

  it('counts every report for an admin and fewer for narrower readers', async () => {
    const figures = async (role: ViewerRole) => dashboardFigures(payload, viewers[role], now)
    const admin = await figures('admin')
    const all = (
      await payload.count({
        collection: 'incidents',
        where: { occurredAt: { greater_than_equal: admin.since.thisMonth.toISOString() } },
        overrideAccess,
      })
    ).totalDocs
    expect(all).toBeGreaterThan(0)
    expect(admin.thisMonth).toBe(all)
    expect((await figures('police')).thisMonth).toBe(all)
    expect((await figures('partner-asb')).thisMonth).toBeLessThan(all)
    expect((await figures('partner-outreach')).thisMonth).toBeLessThan(all)
  })
})

describe('the outcome figures', () => {
  const inPeriod = (field: string): Where => ({
    and: [
      { [field]: { greater_than_equal: period.start.toISOString() } },
      { [field]: { less_than: period.end.toISOString() } },
    ],
  })

  for (const role of viewerRoles) {
    it(`count for ${role} exactly what the Local API returns to the same account`, async () => {
      const viewer = viewers[role]
      const figures = await countOutcomes(payload, viewer, period)
      type Row = {
        type: string
        business: unknown
        offenders: unknown
        valueLost?: number | null
        valueRecovered?: number | null
        exclusionBreach?: boolean | null
        police?: { outcome?: string | null } | null
      }
      const rows = await findEveryPage<Row>(payload, {
        collection: 'incidents',
        where: inPeriod('occurredAt'),
        select: {
          type: true,
          business: true,
          offenders: true,
          valueLost: true,
          valueRecovered: true,
          exclusionBreach: true,
          police: true,
        },
        ...as(viewer),
      })
      expect(figures.incidents).toBe(rows.length)
      expect(figures.byType.map(({ type, count }) => [type, count]).sort()).toEqual(
        sortedEntries(tallyOf(rows.map((row) => row.type))),
      )
      expect(figures.byWeek).toEqual([{ weekStart: '2010-03-08', isoWeek: '2010-W10', count: rows.length }])
      const sum = (values: (number | null | undefined)[]) =>
        Math.round(values.reduce<number>((total, value) => total + (value ?? 0), 0) * 100) / 100
      expect(figures.valueLost).toBe(sum(rows.map((row) => row.valueLost)))
      expect(figures.valueRecovered).toBe(sum(rows.map((row) => row.valueRecovered)))
      expect(figures.breaches).toBe(rows.filter((row) => row.exclusionBreach).length)
      // Police outcomes have field-level read access: a partner reads the reports but not their outcomes.
      const outcomes = rows.map((row) => row.police?.outcome ?? 'none')
      for (const outcome of figures.policeOutcomes) {
        expect([outcome.key, outcome.count]).toEqual([
          outcome.key,
          outcomes.filter((value) => value === outcome.key).length,
        ])
      }
      if (rows.length && rows.every((row) => row.police === undefined))
        expect(figures.policeOutcomes).toEqual([])

      const places = tallyOf(rows.map((row) => relationId(row.business)).filter((id) => id !== null))
      const namedPlaces = await readableAmong(viewer, 'businesses', [...places.keys()])
      expect(figures.byBusiness.map(({ name, count }) => [name, count]).sort()).toEqual(
        sortedEntries(
          [...places]
            .filter(([id]) => namedPlaces.has(id))
            .map(([id, n]) => [namedPlaces.get(id), n] as const),
        ),
      )
      const linked = [...new Set(rows.flatMap((row) => relationIds(row.offenders)))]
      expect(figures.offendersActive).toBe((await readableAmong(viewer, 'offenders', linked)).size)

      const excluded = await findEveryPage<{ exclusion?: { stage?: string | null } | null }>(payload, {
        collection: 'offenders',
        where: inPeriod('exclusion.startsAt'),
        select: { exclusion: true },
        ...as(viewer),
      })
      const stages = excluded.map((doc) => doc.exclusion?.stage ?? 'none')
      const stage = (name: string) => stages.filter((value) => value === name).length
      expect(figures.exclusionsIssued).toEqual({
        warning: stage('warning'),
        exclusion: stage('exclusion'),
        ended: stage('none'),
        total: stages.length,
      })
      const visits = await findEveryPage<{ business: unknown }>(payload, {
        collection: 'shop-visits',
        where: inPeriod('visitedAt'),
        select: { business: true },
        ...as(viewer),
      })
      expect(figures.shopVisits).toBe(visits.length)
      expect(figures.shopsVisited).toBe(new Set(visits.map((visit) => relationId(visit.business))).size)
    })
  }

  it('count every report for an admin and only the readable ones for narrower readers', async () => {
    const admin = await outcomeFigures(payload, viewers.admin as StaffAccount, period)
    expect(admin.incidents).toBe(5)
    const countOf = (figures: typeof admin, key: string) =>
      figures.policeOutcomes.find((outcome) => outcome.key === key)?.count
    expect(['arrest', 'charge', 'conviction'].map((key) => countOf(admin, key))).toEqual([1, 1, 1])
    expect(admin.offendersActive).toBe(3)
    expect(admin.shopVisits).toBe(3)
    const partner = await countOutcomes(payload, viewers['partner-asb'], period)
    // The two ASB reports; one was charged, an outcome the partner may not read.
    expect(partner.incidents).toBe(2)
    expect(partner.policeOutcomes).toEqual([])
    expect(partner.positiveOutcomes).toBe(0)
    // Of the three linked profiles the ASB unit sees the approved one only (the gallery).
    expect(partner.offendersActive).toBe(1)
    expect((await countOutcomes(payload, viewers.member, period)).incidents).toBe(2)
    expect((await countOutcomes(payload, viewers.editor, period)).incidents).toBe(0)
  })
})
