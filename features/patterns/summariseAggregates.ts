import { defaultTopPlaces, type PlaceTotals, placesFromTotals } from './byPlace'
import { typesFromCounts } from './byType'
import { weeksFromCounts } from './byWeek'
import { isoDateOf } from './londonTime'
import { poundsOf } from './money'
import type { DayHourMatrix, PatternSummaryData, PatternSummaryOptions } from './types'

/**
 * A pattern already counted elsewhere (the database: lib/queries/profilePattern.ts), in the units the
 * row-by-row functions count in: UK-calendar day numbers, whole pence, trimmed place names.
 */
export type PatternAggregates = {
  total: number
  /** Rows with a readable occurredAt. */
  dated: number
  firstDay: number | null
  lastDay: number | null
  /** Incidents per week, keyed by the day number of its Monday. */
  countsByMonday: ReadonlyMap<number, number>
  byDayAndHour: DayHourMatrix
  countsByType: ReadonlyMap<string, number>
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
  return {
    total: aggregates.total,
    undated: aggregates.total - aggregates.dated,
    firstDate: aggregates.firstDay === null ? null : isoDateOf(aggregates.firstDay),
    lastDate: aggregates.lastDay === null ? null : isoDateOf(aggregates.lastDay),
    byWeek: weeksFromCounts(aggregates.countsByMonday, options.lastWeeks),
    byType: typesFromCounts(aggregates.countsByType),
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
