import type { LevyTotals, PeriodFigures, ReturnOnLevy } from './types'

const ratio = (top: number, bottom: number) => (bottom > 0 ? Math.round((top / bottom) * 100) / 100 : null)

/**
 * A period's return on levy (docs/outcome-reports.md): what the period's figures show the scheme achieved,
 * set against the levy and running costs that fall in it. Pure arithmetic over figures already counted.
 */
export const returnOnLevy = (
  figures: Pick<
    PeriodFigures,
    | 'from'
    | 'to'
    | 'incidents'
    | 'lossesPrevented'
    | 'lossesRecovered'
    | 'noticesStarted'
    | 'convictions'
    | 'positiveOutcomes'
  >,
  levy: LevyTotals | null,
): ReturnOnLevy => ({
  from: figures.from,
  to: figures.to,
  incidents: figures.incidents,
  lossesPrevented: figures.lossesPrevented,
  lossesRecovered: figures.lossesRecovered,
  exclusionsStarted: figures.noticesStarted.total,
  convictions: figures.convictions,
  positiveOutcomes: figures.positiveOutcomes,
  levy,
  costPerReport: levy && levy.costs.total > 0 ? ratio(levy.costs.total, figures.incidents) : null,
  returnPerLevyPound: levy
    ? ratio(figures.lossesPrevented + figures.lossesRecovered, levy.levyCollected)
    : null,
})
