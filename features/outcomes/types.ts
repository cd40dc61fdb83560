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

/** One business's row of the board's annex: its reports in the period and what came of them. */
export type BusinessAnnexRow = {
  name: string
  reports: number
  valueLost: number
  valueRecovered: number
  /** Reports with a police outcome that counts as positive; null for a reader who may not read outcomes. */
  positiveOutcomes: number | null
  /** Reports flagged as exclusion breaches. */
  breaches: number
}

/** The levy and running costs that fall in a period: each levy period's share by the days it overlaps. */
export type LevyTotals = {
  /** How many levy periods overlap the report's period (0: no levy recorded for it). */
  periods: number
  levyCollected: number
  costs: { staff: number; radios: number; other: number; total: number }
}

/** What the scheme achieved in a period against what it cost (docs/outcome-reports.md, "Return on levy"). */
export type ReturnOnLevy = {
  from: string
  to: string
  incidents: number
  /** Value on reports where everything taken was recovered: the loss never happened. */
  lossesPrevented: number
  /** Value recovered on reports where only part of the loss was recovered. */
  lossesRecovered: number
  /** Exclusion notices given (warnings and exclusions) in the period. */
  exclusionsStarted: number
  /** Reports whose police outcome is the scheme's "conviction". */
  convictions: number
  positiveOutcomes: number
  /** Null when no levy period overlaps the period. */
  levy: LevyTotals | null
  /** Running costs divided by reports; null without costs or reports. */
  costPerReport: number | null
  /** Pounds prevented or recovered per pound of levy; null without levy. */
  returnPerLevyPound: number | null
}

/** The board's figures for one period; every count is of records in that period (docs/outcome-reports.md). */
export type PeriodFigures = {
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
  /** Of valueRecovered: on reports where everything was recovered (prevented), and where part was. */
  lossesPrevented: number
  lossesRecovered: number
  /** Reports whose police outcome is the scheme's "conviction" (0 for a reader who may not read outcomes). */
  convictions: number
  /** The board's annex: every business with a report in the period, by name. */
  businesses: BusinessAnnexRow[]
}

/** The outcome report: the period's figures, and its return on levy beside the previous period's. */
export type OutcomeFigures = PeriodFigures & {
  returnOnLevy: { current: ReturnOnLevy; previous: ReturnOnLevy }
}
