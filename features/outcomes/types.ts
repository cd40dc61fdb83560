import type { OutcomeMeaning } from '@/collections/PoliceOutcomes/outcomeMeanings'
import type { TypeCount, WeekCount } from '@/features/patterns/types'

/** Reports in the period with one police outcome of the scheme's list (collections/PoliceOutcomes). */
export type PoliceOutcomeCount = {
  key: string
  label: string
  countsAs: OutcomeMeaning
  retired: boolean
  count: number
}

/** Exclusion notices (collections/ExclusionNotices) whose start falls in the period, by stage. */
export type NoticesStarted = { warning: number; exclusion: number; total: number }

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
  /** Exclusion notices given in the period (one per warning or exclusion served), by stage. */
  noticesStarted: NoticesStarted
  /**
   * Incidents in the period by their police outcome today, in the settings' order; retired outcomes only
   * when used. Empty for a reader who may not read outcomes.
   */
  policeOutcomes: PoliceOutcomeCount[]
  /** Of those, the incidents whose outcome counts as positive (an arrest, a disposal, a charge, ...). */
  positiveOutcomes: number
  /** Cops Adopt A Shop visits in the period, and how many shops they covered. */
  shopVisits: number
  shopsVisited: number
}
