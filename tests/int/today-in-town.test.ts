/**
 * "Today in town" (docs/today-in-town.md): scheme-wide counts by type and street, the gallery profiles
 * reported, and notices served, for each role. Counts equal the rows each role may count
 * (collections/Incidents/access/schemeCountScope.ts): every report for police, staff and shop staff (shop
 * staff under the small-cell rule), the remit for partners. Nothing of a report beyond counts leaves the
 * query, and safeguarded or unapproved profiles are never listed. Fixtures sit in the week of Monday
 * 13 June 2011 (British Summer Time), which no seed data reaches, and are removed afterwards.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Account } from '@/access/accountOf'
import { smallCellThreshold } from '@/collections/Incidents/access/schemeCountScope'
import { type ShownCount, shownCount } from '@/features/today/shownCount'
import { otherStreets, streetsOf } from '@/features/today/streetsOf'
import { type TodayInTown, todayInTown } from '@/features/today/todayInTown'
import { todayWindow } from '@/features/today/todayWindow'
import { findEveryPage } from '../helpers/findEveryPage'
import { findBySlug } from '../helpers/fixtures'
import { giveNotice } from '../helpers/giveNotice'
import { loadRoleUsers, type Role } from '../helpers/roles'
import { testPayload } from '../helpers/testPayload'

const overrideAccess = true // test set-up writes fixtures directly; the checks then read as each viewer
// Wednesday 15 June 2011, 13:00 in London (BST): today runs from 14 June 23:00 UTC.
const now = new Date('2011-06-15T12:00:00.000Z')
const window = todayWindow(now)
const secret = 'Todayfixture private description'

let payload: Payload
let users: Record<Role, Account | null>
const ids = { incidents: [] as number[], notices: [] as number[], offenders: [] as number[] }
let known: number
let safeguarded: number
let proposed: number

const viewer = (role: Role) => {
  const user = users[role]
  if (!user) throw new Error(`no ${role}`)
  return user
}

beforeAll(async () => {
  payload = await testPayload()
  users = await loadRoleUsers(payload)
  const shopA = await findBySlug(payload, 'copper-kettle-cafe') // member@'s business, Cordwainer Street
  const shopB = await findBySlug(payload, 'lantern-books') // Bellfounder Lane
  const shopC = await findBySlug(payload, 'pebble-lamp-launderette') // also Bellfounder Lane
  const profile = async (
    lastName: string,
    data: { status: 'approved' | 'proposed'; safeguarding?: boolean },
  ) => {
    const doc = await payload.create({
      collection: 'offenders',
      data: { firstName: 'Todayfixture', lastName, gallery: 'known', ...data },
      overrideAccess,
    })
    ids.offenders.push(doc.id)
    return doc.id
  }
  known = await profile('Known', { status: 'approved' })
  safeguarded = await profile('Safeguarded', { status: 'approved', safeguarding: true })
  proposed = await profile('Proposed', { status: 'proposed' })
  const incident = async (occurredAt: string, type: string, business: number, offenders: number[] = []) => {
    const doc = await payload.create({
      collection: 'incidents',
      data: { type, occurredAt, business, description: secret, status: 'submitted', offenders },
      overrideAccess,
    })
    ids.incidents.push(doc.id)
  }
  await incident('2011-06-14T23:30:00.000Z', 'theft', shopA.id, [known]) // 00:30 today in London
  await incident('2011-06-15T10:00:00.000Z', 'theft', shopA.id)
  await incident('2011-06-12T23:30:00.000Z', 'theft', shopA.id, [safeguarded]) // 00:30 Monday in London
  await incident('2011-06-15T09:00:00.000Z', 'asb', shopB.id, [known, proposed])
  await incident('2011-06-13T12:00:00.000Z', 'welfare-concern', shopC.id)
  await incident('2011-06-12T22:30:00.000Z', 'theft', shopB.id, [known]) // 23:30 Sunday: last week
  const served = async (offender: number, servedAt: string) => {
    const notice = await giveNotice(payload, offender, { stage: 'warning', startsAt: servedAt })
    const doc = await payload.update({
      collection: 'exclusion-notices',
      id: notice.id,
      data: { service: { servedAt, servedByName: 'Todayfixture Officer', place: 'Test place' } },
      depth: 0,
      overrideAccess,
    })
    ids.notices.push(doc.id)
  }
  await served(known, '2011-06-15T08:00:00.000Z')
  await served(safeguarded, '2011-06-13T08:00:00.000Z')
  await served(proposed, '2011-06-14T08:00:00.000Z')
})

afterAll(async () => {
  for (const [collection, list] of [
    ['incidents', ids.incidents],
    ['exclusion-notices', ids.notices],
    ['offenders', ids.offenders],
  ] as const) {
    if (list.length) await payload.delete({ collection, where: { id: { in: list } }, overrideAccess })
  }
})

type CountedRow = { type: string; occurredAt: string; business: number; offenders: number[] }

/** This week's reports as `role` reads them, or (for `all`) every report, as rows. */
const weekRows = async (role: Role | 'all') =>
  findEveryPage<CountedRow>(payload, {
    collection: 'incidents',
    where: {
      and: [
        { occurredAt: { greater_than_equal: window.weekStart.toISOString() } },
        { occurredAt: { less_than: window.weekEnd.toISOString() } },
      ],
    },
    select: { type: true, occurredAt: true, business: true, offenders: true },
    depth: 0,
    ...(role === 'all'
      ? { overrideAccess }
      : { user: viewer(role), overrideAccess: false, disableErrors: true }),
  })

const isToday = (row: CountedRow) => new Date(row.occurredAt) >= window.dayStart
const tally = (rows: CountedRow[], minimumCell: number) => {
  const byType = new Map<string, [number, number]>()
  for (const row of rows) {
    const pair = byType.get(row.type) ?? [0, 0]
    byType.set(row.type, [pair[0] + Number(isToday(row)), pair[1] + 1])
  }
  return {
    reports: {
      today: shownCount(rows.filter(isToday).length, minimumCell),
      week: shownCount(rows.length, minimumCell),
    },
    byType: [...byType]
      .map(([type, [d, w]]) => [type, shownCount(d, minimumCell), shownCount(w, minimumCell)] as const)
      .sort(),
  }
}
const typesOf = (figures: TodayInTown) =>
  figures.byType.map(({ type, today, week }) => [type, today, week] as const).sort()
const exactly = (count: number): ShownCount => ({ exactly: count })

/** Nothing of a report but counts: no description, reporter, business name or id, no other key. */
const expectOnlyCounts = (figures: TodayInTown) => {
  const text = JSON.stringify(figures)
  for (const leak of [
    secret,
    'Lantern Books',
    'Pebble Lamp',
    'member2@',
    'reporter',
    'description',
    'business',
  ])
    expect(text).not.toContain(leak)
  expect(Object.keys(figures).sort()).toEqual(
    ['byStreet', 'byType', 'exclusions', 'minimumCell', 'profiles', 'reports', 'window'].sort(),
  )
  for (const row of figures.byType)
    expect(Object.keys(row).sort()).toEqual(['label', 'today', 'type', 'week'])
  for (const row of figures.byStreet) expect(Object.keys(row).sort()).toEqual(['street', 'today', 'week'])
  for (const row of figures.profiles) expect(Object.keys(row).sort()).toEqual(['id', 'name', 'today', 'week'])
}

const listedProfiles = (figures: TodayInTown) => figures.profiles.map((profile) => profile.id)

describe('shop staff count the whole scheme, under the small-cell rule', () => {
  for (const role of ['member', 'business-manager'] as const) {
    it(`gives ${role} every report's count, small cells as "fewer than"`, async () => {
      const figures = await todayInTown(payload, viewer(role), now)
      expect(figures.minimumCell).toBe(smallCellThreshold)
      const expected = tally(await weekRows('all'), smallCellThreshold)
      expect(figures.reports).toEqual(expected.reports)
      expect(typesOf(figures)).toEqual(expected.byType)
      // The fixtures: 3 thefts (2 today), 1 ASB, 1 welfare concern.
      expect(figures.reports).toEqual({ today: exactly(3), week: exactly(5) })
      expect(typesOf(figures)).toContainEqual(['theft', { fewerThan: 3 }, exactly(3)])
      expect(typesOf(figures)).toContainEqual(['welfare-concern', exactly(0), { fewerThan: 3 }])
      expectOnlyCounts(figures)
    })

    it(`shows ${role} a street only from ${smallCellThreshold} reports and ${smallCellThreshold} businesses a week; the rest are "${otherStreets}"`, async () => {
      const figures = await todayInTown(payload, viewer(role), now)
      // Cordwainer Street has 3 reports this week, all from one shop (addresses are public): not shown.
      expect(figures.byStreet).toEqual([{ street: otherStreets, today: exactly(3), week: exactly(5) }])
    })

    it(`lists for ${role} gallery profiles only, and no notice figures`, async () => {
      const figures = await todayInTown(payload, viewer(role), now)
      expect(listedProfiles(figures)).toEqual([known])
      expect(figures.profiles[0]).toEqual({
        id: known,
        name: 'Todayfixture Known',
        today: { fewerThan: 3 },
        week: { fewerThan: 3 },
      })
      expect(figures.exclusions).toBeNull()
    })
  }
})

describe('police and scheme staff count every report exactly', () => {
  for (const role of ['police', 'admin', 'scheme-manager'] as const) {
    it(`gives ${role} exact counts equal to the rows they read`, async () => {
      const figures = await todayInTown(payload, viewer(role), now)
      expect(figures.minimumCell).toBe(1)
      const expected = tally(await weekRows(role), 1)
      expect(figures.reports).toEqual(expected.reports)
      expect(typesOf(figures)).toEqual(expected.byType)
      expect(figures.byStreet).toEqual([
        { street: 'Cordwainer Street', today: exactly(2), week: exactly(3) },
        { street: 'Bellfounder Lane', today: exactly(1), week: exactly(2) },
      ])
      // Safeguarded and proposed people are linked to counted reports, and never listed, even for staff.
      expect(listedProfiles(figures)).toEqual([known])
      expect(figures.profiles[0]).toMatchObject({ today: exactly(2), week: exactly(2) })
      expectOnlyCounts(figures)
    })
  }

  it('shows police the notices they may read: those on gallery profiles', async () => {
    const figures = await todayInTown(payload, viewer('police'), now)
    expect(figures.exclusions).toEqual({
      today: 1,
      week: 1,
      profiles: [{ id: known, name: 'Todayfixture Known' }],
    })
  })

  it('shows scheme staff every notice served, but lists gallery profiles only', async () => {
    const figures = await todayInTown(payload, viewer('admin'), now)
    expect(figures.exclusions).toEqual({
      today: 1,
      week: 3,
      profiles: [{ id: known, name: 'Todayfixture Known' }],
    })
  })
})

describe('partner agencies count what they may read', () => {
  it('gives the ASB unit its remit, and the gallery profiles in it', async () => {
    const figures = await todayInTown(payload, viewer('partner-asb'), now)
    expect(typesOf(figures)).toEqual(tally(await weekRows('partner-asb'), 1).byType)
    expect(figures.reports).toEqual({ today: exactly(1), week: exactly(1) })
    expect(listedProfiles(figures)).toEqual([known])
    expect(figures.exclusions).toBeNull()
    expectOnlyCounts(figures)
  })

  it('gives outreach welfare concerns and reports on safeguarded people, and no gallery', async () => {
    const figures = await todayInTown(payload, viewer('partner-outreach'), now)
    const expected = tally(await weekRows('partner-outreach'), 1)
    expect(figures.reports).toEqual(expected.reports)
    expect(typesOf(figures)).toEqual(expected.byType)
    expect(figures.reports).toEqual({ today: exactly(0), week: exactly(2) })
    expect(figures.profiles).toEqual([])
    expect(figures.exclusions).toBeNull()
    expectOnlyCounts(figures)
  })
})

describe('staff who read no reports', () => {
  it('gives an editor nothing', async () => {
    const figures = await todayInTown(payload, viewer('editor'), now)
    expect(figures.reports).toEqual({ today: exactly(0), week: exactly(0) })
    expect(figures.byType).toEqual([])
    expect(figures.profiles).toEqual([])
    expect(figures.exclusions).toBeNull()
  })
})

describe('the small-cell rule', () => {
  it('shows none and counts from the minimum exactly, and 1 to minimum - 1 as "fewer than"', () => {
    expect([0, 1, 2, 3, 4].map((count) => shownCount(count, 3))).toEqual([
      exactly(0),
      { fewerThan: 3 },
      { fewerThan: 3 },
      exactly(3),
      exactly(4),
    ])
    expect(shownCount(1, 1)).toEqual(exactly(1))
  })

  it('folds small streets into "Other streets" and sums businesses on one street', () => {
    const places = [
      ['1 Mill Row', 1, 2],
      ['2 Mill Row', 0, 1],
      ['5 Mill Row', 0, 1],
      ['3a Quiet Close', 1, 1],
      ['7 Tannery Yard', 2, 9],
      [null, 0, 1],
    ] as [string | null, number, number][]
    // Tannery Yard is busy but one shop: its count would be that shop's, so it is folded too.
    expect(streetsOf(places, 3)).toEqual([
      { street: 'Mill Row', counts: [1, 4] },
      { street: otherStreets, counts: [3, 11] },
    ])
    expect(streetsOf(places, 1)).toEqual([
      { street: 'Tannery Yard', counts: [2, 9] },
      { street: 'Mill Row', counts: [1, 4] },
      { street: 'Quiet Close', counts: [1, 1] },
      { street: otherStreets, counts: [0, 1] },
    ])
  })
})
