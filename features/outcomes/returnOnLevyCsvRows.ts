import type { CsvValue } from '@/lib/format/toCsv'
import type { ReturnOnLevy } from './types'

const money = (value: number | null | undefined) =>
  value === null || value === undefined ? '' : value.toFixed(2)

/**
 * A period's return on levy as CSV rows under one section ("return on levy" or "previous period"). An
 * empty value is a figure that cannot be worked out (no levy recorded, or no reports to share costs over).
 */
export const returnOnLevyCsvRows = (section: string, figures: ReturnOnLevy): CsvValue[][] => [
  [section, 'from', figures.from],
  [section, 'to', figures.to],
  [section, 'incidents', figures.incidents],
  [section, 'levy periods counted', figures.levy?.periods ?? 0],
  [section, 'levy collected (GBP)', money(figures.levy?.levyCollected)],
  [section, 'running costs: staff (GBP)', money(figures.levy?.costs.staff)],
  [section, 'running costs: radios and kit (GBP)', money(figures.levy?.costs.radios)],
  [section, 'running costs: other (GBP)', money(figures.levy?.costs.other)],
  [section, 'running costs (GBP)', money(figures.levy?.costs.total)],
  [section, 'losses prevented (GBP)', money(figures.lossesPrevented)],
  [section, 'losses recovered (GBP)', money(figures.lossesRecovered)],
  [section, 'exclusions started', figures.exclusionsStarted],
  [section, 'convictions', figures.convictions],
  [section, 'positive police outcomes', figures.positiveOutcomes],
  [section, 'cost per report (GBP)', money(figures.costPerReport)],
  [section, 'prevented and recovered per GBP of levy', money(figures.returnPerLevyPound)],
]
