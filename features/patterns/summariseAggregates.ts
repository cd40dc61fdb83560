import { isoDayFromEpochDays } from '@/lib/time/isoDayFromEpochDays'
import { defaultTopPlaces, type PlaceTotals, placesFromTotals } from './byPlace'
import { typesFromCounts } from './byType'
import { weeksFromCounts } from './byWeek'
import { poundsOf } from './money'
import type { DayHourMatrix, PatternSummaryData, PatternSummaryOptions } from './types'

/**
 * A pattern already counted elsewhere (the database: features/gallery/getLinkedIncidentSummary.ts): days as
 * UK-calendar days since 1970-01-01 (PostgreSQL's `date - DATE '1970-01-01'`), money in whole pence, place
 * names trimmed.
 */
export type PatternAggregates = {
  total: number
  /** Rows with a readable occurredAt. */
  dated: number
  firstDay: number | null
  lastDay: number | null
  /** Incidents per week, keyed by its Monday in days since 1970-01-01. */
  countsByMonday: ReadonlyMap<number, number>
  byDayAndHour: DayHourMatrix
  countsByType: ReadonlyMap<string, number>
  /** Each counted type's label, by key. */
  typeLabels: ReadonlyMap<string, string>
  places: ReadonlyMap<string, PlaceTotals>
  lostPence: number
  recoveredPence: number
}

/**
 * The same summary as summarisePattern, from counts instead of rows: the ordering, labels and week filling
 * are the very functions summarisePattern uses, so both give identical results for the same incidents
 * (tests/int/profile-pattern.test.ts).
 */
export const summariseAggregates = (
  aggregates: PatternAggregates,
  options: PatternSummaryOptions = {},
): PatternSummaryData => {
  const places = placesFromTotals(aggregates.places)
  const countsByWeekStart = new Map(
    [...aggregates.countsByMonday].map(([monday, count]) => [isoDayFromEpochDays(monday), count]),
  )
  return {
    total: aggregates.total,
    undated: aggregates.total - aggregates.dated,
    firstDate: aggregates.firstDay === null ? null : isoDayFromEpochDays(aggregates.firstDay),
    lastDate: aggregates.lastDay === null ? null : isoDayFromEpochDays(aggregates.lastDay),
    byWeek: weeksFromCounts(countsByWeekStart, options.lastWeeks),
    byType: typesFromCounts(aggregates.countsByType, aggregates.typeLabels),
    byDayAndHour: aggregates.byDayAndHour,
    byPlace: places.slice(0, Math.max(0, Math.floor(options.topPlaces ?? defaultTopPlaces))),
    placeCount: places.length,
    lossTotals: {
      lost: poundsOf(aggregates.lostPence),
      recovered: poundsOf(aggregates.recoveredPence),
      net: poundsOf(aggregates.lostPence - aggregates.recoveredPence),
    },
  }
}
