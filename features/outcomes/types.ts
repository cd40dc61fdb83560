import type { TypeCount, WeekCount } from '@/features/patterns/types'

/** The board's figures for one period; every count is of records in that period (docs/outcome-reports.md). */
export type OutcomeFigures = {
  from: string
  to: string
  incidents: number
  byType: TypeCount[]
  byWeek: WeekCount[]
  /** Busiest places first (repeat victims), at most ten. */
  byBusiness: { name: string; count: number }[]
  /** Pounds, summed exactly by PostgreSQL. */
  valueLost: number
  valueRecovered: number
  /** Distinct offender profiles linked to an incident in the period. */
  offendersActive: number
  /** Profiles whose exclusion record starts in the period, by its stage now. */
  exclusionsIssued: { warning: number; exclusion: number; ended: number; total: number }
  /** Incidents in the period flagged as exclusion breaches. */
  breaches: number
  /** Incidents in the period by their police outcome. */
  arrests: number
  charges: number
  convictions: number
  /** Cops Adopt A Shop visits in the period, and how many shops they covered. */
  shopVisits: number
  shopsVisited: number
}
