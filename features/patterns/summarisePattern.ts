import { byDayAndHour } from './byDayAndHour'
import { allPlaces, defaultTopPlaces } from './byPlace'
import { byType } from './byType'
import { byWeek } from './byWeek'
import { dateSpan } from './dateSpan'
import { lossTotals } from './lossTotals'
import type { PatternIncident, PatternSummaryData, PatternSummaryOptions } from './types'

/**
 * Every view of a pattern in one object, counted row by row. The profile page counts in PostgreSQL instead
 * (summariseAggregates); this stays as the plain statement of what each figure means, and the tests hold
 * the database's counts to it.
 */
export const summarisePattern = (
  incidents: readonly PatternIncident[],
  options: PatternSummaryOptions = {},
): PatternSummaryData => {
  const span = dateSpan(incidents)
  // All places once, then the top slice, so the caption can say "top 10 of 14" without a second pass.
  const places = allPlaces(incidents)
  return {
    total: incidents.length,
    undated: incidents.length - span.dated,
    firstDate: span.firstDate,
    lastDate: span.lastDate,
    byWeek: byWeek(incidents, options.lastWeeks),
    byType: byType(incidents),
    byDayAndHour: byDayAndHour(incidents),
    byPlace: places.slice(0, Math.max(0, Math.floor(options.topPlaces ?? defaultTopPlaces))),
    placeCount: places.length,
    lossTotals: lossTotals(incidents),
  }
}
