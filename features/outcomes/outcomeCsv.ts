import { type CsvValue, toCsv } from '@/lib/format/toCsv'
import { returnOnLevyCsvRows } from './returnOnLevyCsvRows'
import type { OutcomeFigures } from './types'

/**
 * The outcome figures as CSV for the board's own spreadsheets: one section per table, each row
 * "section, item, value", so it sorts and filters without merged cells. Business names are defused (toCsv).
 * Ends with the return on levy (this period and the previous one) and the per-business annex.
 */
export const outcomeCsv = (figures: OutcomeFigures, generatedAt: Date): string => {
  const rows: CsvValue[][] = [
    ['section', 'item', 'value'],
    ['period', 'from', figures.from],
    ['period', 'to', figures.to],
    ['period', 'generated', generatedAt.toISOString()],
    ['totals', 'incidents', figures.incidents],
    ['totals', 'value lost (GBP)', figures.valueLost.toFixed(2)],
    ['totals', 'value recovered (GBP)', figures.valueRecovered.toFixed(2)],
    ['totals', 'offenders active', figures.offendersActive],
    ['exclusions issued', 'warning (yellow)', figures.exclusionsIssued.warning],
    ['exclusions issued', 'exclusion (red)', figures.exclusionsIssued.exclusion],
    ['exclusions issued', 'since ended', figures.exclusionsIssued.ended],
    ['exclusions issued', 'total', figures.exclusionsIssued.total],
    ['exclusions', 'breaches', figures.breaches],
    ['exclusion notices given', 'warning (yellow)', figures.noticesStarted.warning],
    ['exclusion notices given', 'exclusion (red)', figures.noticesStarted.exclusion],
    ['exclusion notices given', 'total', figures.noticesStarted.total],
    ...figures.policeOutcomes.map((outcome) => ['police outcomes', outcome.label, outcome.count]),
    ['police outcomes', 'positive (total)', figures.positiveOutcomes],
    ['adopted shops', 'visits', figures.shopVisits],
    ['adopted shops', 'shops visited', figures.shopsVisited],
    ...figures.byType.map((type) => ['incidents by type', type.label, type.count]),
    ...figures.byWeek.map((week) => ['incidents by week', `week commencing ${week.weekStart}`, week.count]),
    ...figures.byBusiness.map((place) => ['incidents by business', place.name, place.count]),
    ...returnOnLevyCsvRows('return on levy', figures.returnOnLevy.current),
    ...returnOnLevyCsvRows('previous period', figures.returnOnLevy.previous),
    // The board's annex: one section per measure, one row per business, so each filters to a column.
    ...figures.businesses.flatMap((row) => [
      ['annex: reports', row.name, row.reports],
      ['annex: value lost (GBP)', row.name, row.valueLost.toFixed(2)],
      ['annex: value recovered (GBP)', row.name, row.valueRecovered.toFixed(2)],
      ['annex: positive police outcomes', row.name, row.positiveOutcomes ?? ''],
      ['annex: exclusion breaches', row.name, row.breaches],
    ]),
  ]
  return toCsv(rows)
}
