/**
 * Shared shapes for the "pattern of offending" analytics.
 * Rows arrive already filtered by access control: these functions never decide who may see what.
 */

/** One incident as the profile page (and later scheme reports) passes it in. */
export type PatternIncident = {
  /** ISO timestamp of when it happened. */
  occurredAt: string
  /** The incident type's key, e.g. 'theft' (collections/IncidentTypes). */
  type: string
  /** The type's label as the scheme names it now; the key stands in when it is not given. */
  typeLabel?: string
  /** Where it happened. */
  businessName: string
  valueLost?: number | null
  valueRecovered?: number | null
}

/** Incidents in one ISO week (Monday to Sunday, UK calendar). */
export type WeekCount = {
  /** The Monday that starts the week, as YYYY-MM-DD. */
  weekStart: string
  /** The ISO week, as YYYY-Www (e.g. 2025-W01), whose year can differ from weekStart's. */
  isoWeek: string
  count: number
}

/** Options for byWeek: the last `weeks` weeks up to and including the week of `now`. */
export type LastWeeksOptions = {
  weeks: number
  /** Passed in rather than read from the clock so results are reproducible and testable. */
  now: Date
}

export type TypeCount = {
  type: string
  /** The type's label, or its key when no label was given. */
  label: string
  count: number
}

/** Counts by weekday (row 0 = Monday … 6 = Sunday) and hour (column 0 = 00:00–00:59 … 23), in UK time. */
export type DayHourMatrix = number[][]

export type PlaceCount = {
  businessName: string
  count: number
  /** Total value lost at this place, in pounds. */
  valueLost: number
}

/** Money totals in pounds. `net` is what stayed lost: lost minus recovered. */
export type LossTotals = {
  lost: number
  recovered: number
  net: number
}

export type PatternSummaryOptions = {
  /** Limit the weekly view to the last N weeks (other views still cover every row). */
  lastWeeks?: LastWeeksOptions
  /** How many places to list; 10 unless given. */
  topPlaces?: number
}

export type PatternSummaryData = {
  /** Number of rows given. */
  total: number
  /** Rows whose occurredAt could not be read; they count in byType, byPlace and lossTotals only. */
  undated: number
  /** First and last incident as YYYY-MM-DD (UK calendar), or null when there are no dated rows. */
  firstDate: string | null
  lastDate: string | null
  byWeek: WeekCount[]
  byType: TypeCount[]
  byDayAndHour: DayHourMatrix
  byPlace: PlaceCount[]
  /** How many distinct places there are, so a view can say "top 10 of 14". */
  placeCount: number
  lossTotals: LossTotals
}
