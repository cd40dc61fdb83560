/**
 * Figures for business managers, police and staff (features/figures, docs/figures.md) are counted in
 * PostgreSQL. They must say exactly what counting the same rows through the Local API says, with the
 * reader's own row access: a manager's business, the scheme for police and staff, the scheme averages with
 * their "at least three businesses" rule, the day × hour pattern in UK time across both clock changes,
 * streets, and the trend against the previous period. And nobody else gets them.
 */
import { sql } from '@payloadcms/db-postgres'
import { format } from 'date-fns'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Account } from '@/access/accountOf'
import { relationId } from '@/access/relationId'
import { relationKey } from '@/access/relationKey'
import { streetOf } from '@/features/campaigns/streetOf'
import { countReportFigures } from '@/features/figures/countReportFigures'
import { getFigures } from '@/features/figures/getFigures'
import { getSchemePattern } from '@/features/figures/getSchemePattern'
import { inPeriodWhere } from '@/features/figures/inPeriodWhere'
import { monthsOf } from '@/features/figures/monthsOf'
import { previousPeriodOf } from '@/features/figures/previousPeriodOf'
import { schemeAverageMinBusinesses } from '@/features/figures/schemeAverageMinBusinesses'
import { streetSql } from '@/features/figures/streetSql'
import type { ReportFigures, SchemeAverages } from '@/features/figures/types'
import { type OutcomePeriod, outcomePeriod } from '@/features/outcomes/outcomePeriod'
import { byDayAndHour } from '@/features/patterns/byDayAndHour'
import { byType } from '@/features/patterns/byType'
import { penceOf } from '@/features/patterns/money'
import { weekCounts } from '@/features/patterns/weekCounts'
import { postgresOf } from '@/lib/database/postgresOf'
import { readableIdsSql } from '@/lib/database/readableIdsSql'
import { recordLabel } from '@/lib/format/recordLabel'
import { toLondonDate } from '@/lib/time/toLondonDate'
import { weekStartOf } from '@/lib/time/weekStartOf'
import type { Business, Incident } from '@/payload-types'
import { findEveryPage } from '../helpers/findEveryPage'
import { type AccessFixtures, createAccessFixtures } from '../helpers/fixtures'
import { loadRoleUsers, type Role } from '../helpers/roles'
import { testPayload } from '../helpers/testPayload'

const overrideAccess = true // test set-up writes the rows; the checks then read as each viewer

let payload: Payload
let fx: AccessFixtures
let users: Record<Role, Account | null>
const as = (role: Role) => {
  const user = users[role]
  if (!user) throw new Error(`No ${role} account`)
  return user
}

// A year with no seed data; 2022 is its previous period. Instants around both 2023 clock changes (BST from
// 26 Mar 01:00 UTC to 29 Oct 01:00 UTC), a summer late evening that is the next UK day and month, New Year.
const period = outcomePeriod('2023-01-01', '2023-12-31') as OutcomePeriod
const instants = [
  '2023-03-26T00:59:00Z',
  '2023-03-26T01:00:00Z',
  '2023-06-30T23:30:00Z',
  '2023-10-29T00:30:00Z',
  '2023-10-29T01:30:00Z',
  '2023-12-31T23:59:00Z',
  '2023-01-01T00:00:00Z',
  '2022-12-31T23:59:59Z',
  '2022-06-01T10:00:00Z',
  '2024-01-01T00:00:00Z',
]
const outcomes = [null, 'arrest', 'nfa', 'charge', 'none', null, 'caution', 'arrest', null, 'arrest']
const money = [null, 0.1, 19.99, 1000, 0.005, 250.5, 3.33, 7, null, 12]

type Row = {
  business: number
  occurredAt: string
  type: string
  typeLabel: string
  valueLost: number | null
  valueRecovered: number | null
  outcome: string | null
}

/** The reports of [start, end) loaded one by one through the Local API as the viewer. */
const rowsAsSeenBy = async (viewer: Account, start: Date, end: Date): Promise<Row[]> => {
  const found = await findEveryPage<Incident>(payload, {
    collection: 'incidents',
    where: inPeriodWhere(start, end),
    depth: 1,
    populate: { 'incident-types': { label: true } },
    select: {
      occurredAt: true,
      type: true,
      business: true,
      valueLost: true,
      valueRecovered: true,
      police: { outcome: true },
    },
    user: viewer,
    overrideAccess: false,
  })
  return found.map((doc) => ({
    business: relationId(doc.business) ?? -1,
    occurredAt: doc.occurredAt,
    type: relationKey(doc.type) ?? '',
    typeLabel: recordLabel(doc.type),
    valueLost: doc.valueLost ?? null,
    valueRecovered: doc.valueRecovered ?? null,
    outcome: relationKey(doc.police?.outcome) ?? null,
  }))
}

const positiveOutcomeKeys = async () => {
  const list = await payload.find({
    collection: 'police-outcomes',
    where: { countsAs: { equals: 'positive' } },
    pagination: false,
    depth: 0,
    overrideAccess,
  })
  return new Set(list.docs.map((outcome) => outcome.id))
}

const monthOf = (instant: string) => format(toLondonDate(instant) ?? new Date(NaN), 'yyyy-MM')

/** What the figures say, counted row by row. */
const figuresOf = async (rows: Row[]): Promise<ReportFigures> => {
  const positive = await positiveOutcomeKeys()
  const months = new Map<string, number>()
  for (const row of rows) months.set(monthOf(row.occurredAt), (months.get(monthOf(row.occurredAt)) ?? 0) + 1)
  const positiveOutcomes = rows.filter((row) => row.outcome && positive.has(row.outcome)).length
  return {
    reports: rows.length,
    byType: byType(rows.map((row) => ({ ...row, businessName: '' }))),
    byMonth: monthsOf(period).map((month) => ({ month, count: months.get(month) ?? 0 })),
    lost: rows.reduce((sum, row) => sum + penceOf(row.valueLost), 0) / 100,
    recovered: rows.reduce((sum, row) => sum + penceOf(row.valueRecovered), 0) / 100,
    positiveOutcomes,
    outcomeRate: rows.length ? positiveOutcomes / rows.length : null,
  }
}

/** The scheme averages, worked out row by row from every report (police read them all). */
const averagesOf = async (rows: Row[]): Promise<SchemeAverages> => {
  const positive = await positiveOutcomeKeys()
  const businesses = new Set(rows.map((row) => row.business)).size
  const enough = (contributors: number) =>
    businesses >= schemeAverageMinBusinesses && contributors >= schemeAverageMinBusinesses
  const contributors = (pick: (row: Row) => boolean) =>
    new Set(rows.filter(pick).map((row) => row.business)).size
  const oneDecimal = (value: number) => Math.round(value * 10) / 10
  const grouped = <T>(keyOf: (row: Row) => string, entryOf: (average: number, row: Row) => T) => {
    const out: Record<string, T> = {}
    for (const key of new Set(rows.map(keyOf))) {
      const mine = rows.filter((row) => keyOf(row) === key)
      const first = mine[0]
      if (first && enough(new Set(mine.map((row) => row.business)).size)) {
        out[key] = entryOf(oneDecimal(mine.length / businesses), first)
      }
    }
    return out
  }
  const pence = (pick: (row: Row) => number | null) => rows.reduce((sum, row) => sum + penceOf(pick(row)), 0)
  const positives = rows.filter((row) => row.outcome && positive.has(row.outcome))
  return {
    businesses: enough(businesses) ? businesses : null,
    reports: enough(businesses) ? oneDecimal(rows.length / businesses) : null,
    byType: grouped(
      (row) => row.type,
      (average, row) => ({ label: row.typeLabel, average }),
    ),
    byMonth: grouped(
      (row) => monthOf(row.occurredAt),
      (average) => average,
    ),
    lost: enough(contributors((row) => penceOf(row.valueLost) > 0))
      ? Math.round(pence((row) => row.valueLost) / businesses) / 100
      : null,
    recovered: enough(contributors((row) => penceOf(row.valueRecovered) > 0))
      ? Math.round(pence((row) => row.valueRecovered) / businesses) / 100
      : null,
    outcomeRate: enough(new Set(positives.map((row) => row.business)).size)
      ? positives.length / rows.length
      : null,
  }
}

beforeAll(async () => {
  payload = await testPayload()
  fx = await createAccessFixtures(payload)
  users = await loadRoleUsers(payload)
  const extra = await payload.create({
    collection: 'businesses',
    data: {
      name: 'Figures Fixture Deli',
      category: 'retail',
      address: { line1: '12a Mercer Street' },
      membershipStatus: 'active',
    },
    overrideAccess,
  })
  const businesses = [fx.businesses.businessA, fx.businesses.businessB, fx.businesses.unadopted, extra.id]
  const types = ['theft', 'asb', 'theft', 'abuse-to-staff', 'theft'] as const
  for (const [index, occurredAt] of instants.entries()) {
    for (const [b, business] of businesses.entries()) {
      // Only A and B report welfare concerns, and only A and B recover anything: fewer than three
      // businesses, so those averages must stay hidden.
      const type = b < 2 && index === 4 ? 'welfare-concern' : (types[(index + b) % types.length] ?? 'theft')
      const lost = b === 3 && index % 2 === 0 ? null : money[index]
      await payload.create({
        collection: 'incidents',
        data: {
          type,
          business,
          reporter: fx.members.member,
          occurredAt,
          description: 'Figures fixture',
          summary: 'Figures fixture',
          status: 'submitted',
          valueLost: lost,
          valueRecovered: b < 2 && lost ? Math.round(lost * 50) / 100 : null,
          police: { outcome: outcomes[(index + b) % outcomes.length] },
        },
        overrideAccess,
      })
    }
  }
})

describe('figures for a business manager', () => {
  it('counts their own business in PostgreSQL exactly as the rows they may read say', async () => {
    const manager = as('business-manager')
    const page = await getFigures(payload, manager, period)
    const rows = await rowsAsSeenBy(manager, period.start, period.end)
    expect(rows.every((row) => row.business === fx.businesses.businessA)).toBe(true)
    expect(page.scope).toBe('business')
    expect(page.figures).toEqual(await figuresOf(rows))
    expect(page.figures.reports).toBeGreaterThan(0)
  })

  it('compares with the scheme average per business, hiding any measure fewer than three businesses make', async () => {
    const page = await getFigures(payload, as('business-manager'), period)
    const all = await rowsAsSeenBy(as('police'), period.start, period.end)
    expect(page.averages).toEqual(await averagesOf(all))
    expect(page.averages.reports).not.toBeNull()
    expect(page.averages.byType['welfare-concern']).toBeUndefined()
    expect(page.averages.recovered).toBeNull()
    expect(page.averages.lost).not.toBeNull()
    // One number per measure: nothing in the page names or lists another business.
    expect(JSON.stringify(page)).not.toContain('Lantern Books')
    expect(Object.keys(page.averages).sort()).toEqual(
      ['businesses', 'byMonth', 'byType', 'lost', 'outcomeRate', 'recovered', 'reports'].sort(),
    )
  })

  it('widens a manager’s period to whole months, so averages cannot be differenced day by day', async () => {
    const asked = outcomePeriod('2023-03-10', '2023-05-20') as OutcomePeriod
    const page = await getFigures(payload, as('business-manager'), asked)
    expect([page.from, page.to]).toEqual(['2023-03-01', '2023-05-31'])
    const wider = await getFigures(
      payload,
      as('business-manager'),
      outcomePeriod('2023-03-11', '2023-05-21') as OutcomePeriod,
    )
    expect(wider.averages).toEqual(page.averages)
    // Police and staff get the days they asked for.
    const police = await getFigures(payload, as('police'), asked)
    expect([police.from, police.to]).toEqual(['2023-03-10', '2023-05-20'])
  })

  it('never counts business B: the access rule scopes the rows whatever a query asks', async () => {
    const manager = as('business-manager')
    const asked = await readableIdsSql(payload, 'incidents', manager, {
      and: [inPeriodWhere(period.start, period.end), { business: { equals: fx.businesses.businessB } }],
    })
    expect((await countReportFigures(payload, asked, period)).reports).toBe(0)
    const figures = (await getFigures(payload, manager, period)).figures
    const police = await rowsAsSeenBy(as('police'), period.start, period.end)
    const ofA = police.filter((row) => row.business === fx.businesses.businessA)
    expect(figures.reports).toBe(ofA.length)
  })
})

describe('who gets figures', () => {
  for (const role of ['police', 'scheme-manager', 'admin'] as const) {
    it(`${role} get the scheme's figures`, async () => {
      const page = await getFigures(payload, as(role), period)
      expect(page.scope).toBe('scheme')
      expect(page.figures).toEqual(await figuresOf(await rowsAsSeenBy(as(role), period.start, period.end)))
    })
  }

  for (const role of ['member', 'partner-asb', 'partner-outreach', 'editor'] as const) {
    it(`${role} is refused figures and the pattern`, async () => {
      await expect(getFigures(payload, as(role), period)).rejects.toThrow()
      await expect(getSchemePattern(payload, as(role), period)).rejects.toThrow()
    })
  }

  it('a business manager is refused the scheme pattern', async () => {
    await expect(getSchemePattern(payload, as('business-manager'), period)).rejects.toThrow()
  })
})

describe('the scheme pattern', () => {
  for (const role of ['police', 'scheme-manager'] as const) {
    it(`for ${role}: day × hour, types, streets, weeks and the trend equal counting the rows`, async () => {
      const viewer = as(role)
      const pattern = await getSchemePattern(payload, viewer, period)
      const previous = previousPeriodOf(period)
      expect([previous.from, previous.to]).toEqual(['2022-01-01', '2022-12-31'])
      const now = await rowsAsSeenBy(viewer, period.start, period.end)
      const before = await rowsAsSeenBy(viewer, previous.start, previous.end)
      const businesses = await findEveryPage<Business>(payload, {
        collection: 'businesses',
        select: { address: true },
        depth: 0,
        user: viewer,
        overrideAccess: false,
      })
      const streetById = new Map(
        businesses.map((business) => [business.id, streetOf(business.address?.line1 ?? '')]),
      )
      const trend = (keyOf: (row: Row) => string, labelOf: (row: Row) => string) => {
        const keys = new Map<string, string>()
        for (const row of [...now, ...before]) keys.set(keyOf(row), labelOf(row))
        return [...keys]
          .map(([key, label]) => ({
            key,
            label,
            count: now.filter((row) => keyOf(row) === key).length,
            previous: before.filter((row) => keyOf(row) === key).length,
          }))
          .sort(
            (a, b) => b.count - a.count || b.previous - a.previous || a.label.localeCompare(b.label, 'en-GB'),
          )
      }
      const streetOfRow = (row: Row) => streetById.get(row.business) || 'Unknown place'
      const weeks = new Map<string, number>()
      for (const row of now) {
        const monday = weekStartOf(toLondonDate(row.occurredAt) ?? new Date(NaN))
        weeks.set(monday, (weeks.get(monday) ?? 0) + 1)
      }
      expect(pattern).toEqual({
        from: '2023-01-01',
        to: '2023-12-31',
        previousFrom: '2022-01-01',
        previousTo: '2022-12-31',
        reports: now.length,
        previousReports: before.length,
        byDayAndHour: byDayAndHour(now.map((row) => ({ ...row, businessName: '' }))),
        byType: trend(
          (row) => row.type,
          (row) => row.typeLabel,
        ),
        byPlace: trend(streetOfRow, streetOfRow),
        byWeek: weekCounts(period.from, period.to, weeks),
      })
      expect(pattern.byPlace.map((place) => place.label)).toContain('Mercer Street')
    })
  }
})

describe('streets in SQL', () => {
  it('streetSql says what streetOf says', async () => {
    const lines = [
      '12 Mercer Street',
      '12a Kiln Lane',
      '3-5, Wool Market',
      '7–9 Ropewalk',
      'Exchange Arcade',
      '',
      '  4 Hosier Lane ',
    ]
    for (const line of lines) {
      const result = await postgresOf(payload).drizzle.execute(
        sql`SELECT ${streetSql(sql`${line}::text`)} AS street`,
      )
      expect((result.rows[0] as { street: string }).street, line).toBe(streetOf(line))
    }
  })
})
