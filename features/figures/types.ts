import type { TypeCount } from '@/features/patterns/types'

/** Reports in one UK calendar month, keyed YYYY-MM. */
export type MonthCount = { month: string; count: number }

/** One set of report figures for a period, counted in PostgreSQL over the rows a reader may read. */
export type ReportFigures = {
  reports: number
  byType: TypeCount[]
  /** Every month the period touches, empty ones as 0. */
  byMonth: MonthCount[]
  /** Pounds (recorded value lost and recovered, summed in whole pence). */
  lost: number
  recovered: number
  /** Reports whose police outcome counts as positive (the police-outcomes list's "counts as"). */
  positiveOutcomes: number
  /** positiveOutcomes / reports, or null with no reports. */
  outcomeRate: number | null
}

/**
 * The scheme's average per reporting business for the same period: one number per measure, never a
 * business's own figures, and null where fewer than schemeAverageMinBusinesses businesses contribute to it.
 */
export type SchemeAverages = {
  /** Businesses that filed at least one report in the period: the divisor. Null below the threshold. */
  businesses: number | null
  reports: number | null
  /** By type key (with the type's label), then by YYYY-MM; a missing key has no published average. */
  byType: Record<string, { label: string; average: number }>
  byMonth: Record<string, number>
  lost: number | null
  recovered: number | null
  /** The scheme's positive outcomes / its reports (pooled over all reporting businesses). */
  outcomeRate: number | null
}

/** What the figures page shows: whose figures, for which days, and the scheme's averages beside them. */
export type FiguresPage = {
  scope: 'business' | 'scheme'
  from: string
  to: string
  figures: ReportFigures
  averages: SchemeAverages
}

/** A count now and in the previous period of the same length. */
export type TrendCount = { key: string; label: string; count: number; previous: number }

/** The scheme-wide pattern for police and staff. */
export type SchemePattern = {
  from: string
  to: string
  previousFrom: string
  previousTo: string
  reports: number
  previousReports: number
  byDayAndHour: number[][]
  byType: TrendCount[]
  /** By street (from each business's first address line: features/campaigns/streetOf.ts). */
  byPlace: TrendCount[]
  byWeek: { weekStart: string; isoWeek: string; count: number }[]
}
