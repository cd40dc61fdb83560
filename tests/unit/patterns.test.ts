import { describe, expect, it } from 'vitest'
import { byDayAndHour } from '@/features/patterns/byDayAndHour'
import { byPlace } from '@/features/patterns/byPlace'
import { byType } from '@/features/patterns/byType'
import { byWeek } from '@/features/patterns/byWeek'
import { lossTotals } from '@/features/patterns/lossTotals'
import { summarisePattern } from '@/features/patterns/summarisePattern'
import type { DayHourMatrix, PatternIncident } from '@/features/patterns/types'

/** A row with defaults, so each test states only what it is about. */
// Labels as the database joins them from the type records (docs/vocabulary.md).
const typeLabels: Record<string, string> = {
  theft: 'Theft',
  asb: 'Anti-social behaviour',
  'abuse-to-staff': 'Abuse or threats to staff',
}

const row = (occurredAt: string, overrides: Partial<PatternIncident> = {}): PatternIncident => ({
  occurredAt,
  type: 'theft',
  typeLabel: typeLabels[overrides.type ?? 'theft'],
  businessName: 'Copper Kettle Café',
  ...overrides,
})

const MON = 0
const TUE = 1
const WED = 2
const SUN = 6

/** Every non-zero cell as "day:hour=count", so a failure shows exactly where a count landed. */
const cellsOf = (matrix: DayHourMatrix): string[] =>
  matrix.flatMap((hours, day) => hours.flatMap((count, hour) => (count ? [`${day}:${hour}=${count}`] : [])))

const sum = (numbers: number[]) => numbers.reduce((total, n) => total + n, 0)

// A fortnight-plus of mixed rows used by the "everything adds up" checks.
const sample: PatternIncident[] = [
  row('2025-03-03T09:15:00Z', { type: 'theft', businessName: 'Copper Kettle Café', valueLost: 12.5 }),
  row('2025-03-04T16:40:00Z', {
    type: 'theft',
    businessName: 'Lantern Books',
    valueLost: 30,
    valueRecovered: 30,
  }),
  row('2025-03-07T17:05:00Z', { type: 'abuse-to-staff', businessName: 'Copper Kettle Café' }),
  row('2025-03-15T23:30:00Z', { type: 'asb', businessName: 'Northbrook Market' }),
  row('2025-03-30T00:30:00Z', { type: 'theft', businessName: 'Lantern Books', valueLost: 0.1 }),
  row('2025-03-30T01:30:00Z', {
    type: 'theft',
    businessName: 'Lantern Books',
    valueLost: 0.2,
    valueRecovered: null,
  }),
  row('2025-04-02T12:00:00Z', { type: 'not-a-known-type', businessName: 'Copper Kettle Café' }),
]

describe('byDayAndHour (Europe/London)', () => {
  it('is a 7 × 24 matrix of zeros for no incidents', () => {
    const matrix = byDayAndHour([])
    expect(matrix).toHaveLength(7)
    for (const hours of matrix) expect(hours).toEqual(Array(24).fill(0))
  })

  it('counts a 23:30 UTC incident in summer at 00 the next day (BST is UTC+1)', () => {
    // Tuesday 15 July 2025 23:30 UTC is Wednesday 16 July 00:30 in London.
    expect(cellsOf(byDayAndHour([row('2025-07-15T23:30:00Z')]))).toEqual([`${WED}:0=1`])
  })

  it('counts a 23:30 UTC incident in winter at 23 the same day (GMT is UTC)', () => {
    // Tuesday 14 January 2025 23:30 UTC is Tuesday 23:30 in London.
    expect(cellsOf(byDayAndHour([row('2025-01-14T23:30:00Z')]))).toEqual([`${TUE}:23=1`])
  })

  it('moves a Sunday-night summer incident to Monday, the start of the matrix', () => {
    // Sunday 29 June 2025 23:10 UTC is Monday 30 June 00:10 in London.
    expect(cellsOf(byDayAndHour([row('2025-06-29T23:10:00Z')]))).toEqual([`${MON}:0=1`])
  })

  it('follows the clocks on the days they change', () => {
    // 30 March 2025: 00:30 UTC is 00:30 GMT; 01:30 UTC is 02:30 BST (01:00–02:00 never happened).
    expect(cellsOf(byDayAndHour([row('2025-03-30T00:30:00Z'), row('2025-03-30T01:30:00Z')]))).toEqual([
      `${SUN}:0=1`,
      `${SUN}:2=1`,
    ])
    // 26 October 2025: 00:30 UTC is 01:30 BST and 01:30 UTC is 01:30 GMT: 01:00–02:00 happened twice.
    expect(cellsOf(byDayAndHour([row('2025-10-26T00:30:00Z'), row('2025-10-26T01:30:00Z')]))).toEqual([
      `${SUN}:1=2`,
    ])
  })

  it('reads timestamps with an offset as the instant they name', () => {
    expect(cellsOf(byDayAndHour([row('2025-07-16T01:30:00+02:00')]))).toEqual([`${WED}:0=1`])
  })

  it('skips a row whose timestamp cannot be read instead of throwing', () => {
    expect(cellsOf(byDayAndHour([row('not a date'), row('2025-01-14T12:00:00Z')]))).toEqual([`${TUE}:12=1`])
  })
})

describe('byWeek', () => {
  it('is empty for no incidents', () => {
    expect(byWeek([])).toEqual([])
  })

  it('spans the first to the last incident week, with empty weeks as 0', () => {
    const weeks = byWeek([
      row('2025-01-06T10:00:00Z'), // Monday, week 2
      row('2025-01-12T22:00:00Z'), // Sunday, same week
      row('2025-01-29T10:00:00Z'), // Wednesday, week 5
    ])
    expect(weeks).toEqual([
      { weekStart: '2025-01-06', isoWeek: '2025-W02', count: 2 },
      { weekStart: '2025-01-13', isoWeek: '2025-W03', count: 0 },
      { weekStart: '2025-01-20', isoWeek: '2025-W04', count: 0 },
      { weekStart: '2025-01-27', isoWeek: '2025-W05', count: 1 },
    ])
  })

  it('puts a Sunday 23:30 UTC summer incident in the next week (it is Monday in London)', () => {
    expect(byWeek([row('2025-06-29T23:30:00Z')])).toEqual([
      { weekStart: '2025-06-30', isoWeek: '2025-W27', count: 1 },
    ])
    // In winter the same UTC time is still Sunday.
    expect(byWeek([row('2025-01-12T23:30:00Z')])).toEqual([
      { weekStart: '2025-01-06', isoWeek: '2025-W02', count: 1 },
    ])
  })

  it('labels ISO weeks across the new year by the week’s Thursday', () => {
    expect(byWeek([row('2024-12-31T12:00:00Z')])[0]).toEqual({
      weekStart: '2024-12-30',
      isoWeek: '2025-W01',
      count: 1,
    })
    expect(byWeek([row('2021-01-03T12:00:00Z')])[0]).toEqual({
      weekStart: '2020-12-28',
      isoWeek: '2020-W53',
      count: 1,
    })
  })

  it('gives the last N weeks up to the week of now, zeros included, and leaves out older rows', () => {
    const now = new Date('2025-03-05T10:00:00Z') // a Wednesday
    const weeks = byWeek(
      [row('2025-02-10T10:00:00Z'), row('2025-02-24T09:00:00Z'), row('2025-03-05T08:00:00Z')],
      { weeks: 3, now },
    )
    expect(weeks).toEqual([
      { weekStart: '2025-02-17', isoWeek: '2025-W08', count: 0 },
      { weekStart: '2025-02-24', isoWeek: '2025-W09', count: 1 },
      { weekStart: '2025-03-03', isoWeek: '2025-W10', count: 1 },
    ])
  })

  it('gives N weeks of zeros when nothing happened in them, and nothing for N of 0', () => {
    const now = new Date('2025-03-05T10:00:00Z')
    expect(byWeek([], { weeks: 2, now }).map((week) => week.count)).toEqual([0, 0])
    expect(byWeek([row('2025-03-05T08:00:00Z')], { weeks: 0, now })).toEqual([])
  })

  it('takes the week of now on the London calendar', () => {
    // Sunday 2 March 2025 23:30 UTC is still Sunday in winter: the week of 24 February.
    expect(byWeek([], { weeks: 1, now: new Date('2025-03-02T23:30:00Z') })[0].weekStart).toBe('2025-02-24')
    // Sunday 6 July 2025 23:30 UTC is Monday in London: the week of 7 July.
    expect(byWeek([], { weeks: 1, now: new Date('2025-07-06T23:30:00Z') })[0].weekStart).toBe('2025-07-07')
  })
})

describe('byType', () => {
  it('is empty for no incidents', () => {
    expect(byType([])).toEqual([])
  })

  it('counts by type with labels, most frequent first, ties by label', () => {
    expect(
      byType([
        row('2025-01-01T10:00:00Z', { type: 'asb' }),
        row('2025-01-02T10:00:00Z', { type: 'theft' }),
        row('2025-01-03T10:00:00Z', { type: 'theft' }),
        row('2025-01-04T10:00:00Z', { type: 'abuse-to-staff' }),
      ]),
    ).toEqual([
      { type: 'theft', label: 'Theft', count: 2 },
      { type: 'abuse-to-staff', label: 'Abuse or threats to staff', count: 1 },
      { type: 'asb', label: 'Anti-social behaviour', count: 1 },
    ])
  })

  it('keeps a type whose label is not given under its key', () => {
    expect(byType([row('2025-01-01T10:00:00Z', { type: 'retired-type' })])).toEqual([
      { type: 'retired-type', label: 'retired-type', count: 1 },
    ])
  })
})

describe('byPlace', () => {
  it('is empty for no incidents', () => {
    expect(byPlace([])).toEqual([])
  })

  it('counts incidents and sums loss per place, most incidents first, then most lost', () => {
    expect(byPlace(sample)).toEqual([
      { businessName: 'Lantern Books', count: 3, valueLost: 30.3 },
      { businessName: 'Copper Kettle Café', count: 3, valueLost: 12.5 },
      { businessName: 'Northbrook Market', count: 1, valueLost: 0 },
    ])
  })

  it('keeps only the top N', () => {
    expect(byPlace(sample, 1).map((place) => place.businessName)).toEqual(['Lantern Books'])
  })

  it('treats names differing only by surrounding spaces as one place, and a blank name as unknown', () => {
    expect(
      byPlace([
        row('2025-01-01T10:00:00Z', { businessName: 'Lantern Books ' }),
        row('2025-01-02T10:00:00Z', { businessName: 'Lantern Books' }),
        row('2025-01-03T10:00:00Z', { businessName: '  ' }),
      ]),
    ).toEqual([
      { businessName: 'Lantern Books', count: 2, valueLost: 0 },
      { businessName: 'Unknown place', count: 1, valueLost: 0 },
    ])
  })
})

describe('lossTotals', () => {
  it('is all zero for no incidents', () => {
    expect(lossTotals([])).toEqual({ lost: 0, recovered: 0, net: 0 })
  })

  it('totals lost and recovered, and nets them', () => {
    expect(lossTotals(sample)).toEqual({ lost: 42.8, recovered: 30, net: 12.8 })
  })

  it('adds in pence so many small sums stay exact', () => {
    const rows = Array.from({ length: 30 }, () => row('2025-01-01T10:00:00Z', { valueLost: 0.1 }))
    expect(lossTotals(rows).lost).toBe(3)
  })

  it('ignores missing, negative and non-finite values', () => {
    expect(
      lossTotals([
        row('2025-01-01T10:00:00Z', { valueLost: null, valueRecovered: undefined }),
        row('2025-01-01T10:00:00Z', { valueLost: -5, valueRecovered: Number.NaN }),
        row('2025-01-01T10:00:00Z', { valueLost: Number.POSITIVE_INFINITY, valueRecovered: 2 }),
      ]),
    ).toEqual({ lost: 0, recovered: 2, net: -2 })
  })
})

describe('summarisePattern', () => {
  it('returns empty views for no incidents', () => {
    const summary = summarisePattern([])
    expect(summary).toMatchObject({
      total: 0,
      undated: 0,
      firstDate: null,
      lastDate: null,
      byWeek: [],
      byType: [],
      byPlace: [],
      placeCount: 0,
      lossTotals: { lost: 0, recovered: 0, net: 0 },
    })
    expect(sum(summary.byDayAndHour.flat())).toBe(0)
  })

  it('has counts in every view that add up to the number of rows', () => {
    const summary = summarisePattern(sample)
    expect(summary.total).toBe(sample.length)
    expect(sum(summary.byWeek.map((week) => week.count))).toBe(sample.length)
    expect(sum(summary.byType.map((type) => type.count))).toBe(sample.length)
    expect(sum(summary.byDayAndHour.flat())).toBe(sample.length)
    expect(sum(summary.byPlace.map((place) => place.count))).toBe(sample.length)
  })

  it('gives the date span on the London calendar and the place count beyond the top N', () => {
    const summary = summarisePattern(sample, { topPlaces: 2 })
    expect(summary.firstDate).toBe('2025-03-03')
    expect(summary.lastDate).toBe('2025-04-02')
    // 15 March 23:30 UTC is still 15 March in winter; the span's weeks run 3 March to 31 March.
    expect(summary.byWeek.map((week) => week.weekStart)).toEqual([
      '2025-03-03',
      '2025-03-10',
      '2025-03-17',
      '2025-03-24',
      '2025-03-31',
    ])
    expect(summary.byWeek.map((week) => week.count)).toEqual([3, 1, 0, 2, 1])
    expect(summary.byPlace).toHaveLength(2)
    expect(summary.placeCount).toBe(3)
  })

  it('limits only the weekly view when given the last N weeks', () => {
    const summary = summarisePattern(sample, {
      lastWeeks: { weeks: 2, now: new Date('2025-04-02T18:00:00Z') },
    })
    expect(summary.byWeek.map((week) => [week.weekStart, week.count])).toEqual([
      ['2025-03-24', 2],
      ['2025-03-31', 1],
    ])
    expect(sum(summary.byType.map((type) => type.count))).toBe(sample.length)
  })

  it('counts a row with an unreadable date as undated, in the views that need no date', () => {
    const rows = [...sample, row('yesterday-ish', { type: 'theft', valueLost: 1 })]
    const summary = summarisePattern(rows)
    expect(summary.undated).toBe(1)
    expect(sum(summary.byType.map((type) => type.count))).toBe(rows.length)
    expect(sum(summary.byPlace.map((place) => place.count))).toBe(rows.length)
    expect(sum(summary.byWeek.map((week) => week.count))).toBe(rows.length - 1)
    expect(sum(summary.byDayAndHour.flat())).toBe(rows.length - 1)
    expect(summary.lossTotals.lost).toBe(43.8)
  })
})
