import { formatPounds } from '@/lib/format/formatPounds'
import type { ReturnOnLevy } from './types'

/** One measure of the return on levy, as printed: this period's value beside the previous period's. */
export type ReturnOnLevyLine = { label: string; current: string; previous: string }

const noLevy = 'no levy recorded'
const pounds = (value: number | null | undefined, missing: string) =>
  value === null || value === undefined ? missing : formatPounds(value)

/**
 * The return on levy as the admin page and the PDF show it, measure by measure: levy and costs first,
 * then what they bought. "No levy recorded" where no levy period covers the days; "no reports" where
 * there is nothing to share the costs over.
 */
export const returnOnLevyLines = ({
  current,
  previous,
}: {
  current: ReturnOnLevy
  previous: ReturnOnLevy
}) => {
  const both = (label: string, of: (figures: ReturnOnLevy) => string): ReturnOnLevyLine => ({
    label,
    current: of(current),
    previous: of(previous),
  })
  return [
    both('Levy collected', (f) => pounds(f.levy?.levyCollected, noLevy)),
    both('Running costs: staff', (f) => pounds(f.levy?.costs.staff, noLevy)),
    both('Running costs: radios and kit', (f) => pounds(f.levy?.costs.radios, noLevy)),
    both('Running costs: other', (f) => pounds(f.levy?.costs.other, noLevy)),
    both('Running costs', (f) => pounds(f.levy?.costs.total, noLevy)),
    both('Reports', (f) => String(f.incidents)),
    both('Losses prevented', (f) => formatPounds(f.lossesPrevented)),
    both('Losses recovered', (f) => formatPounds(f.lossesRecovered)),
    both('Exclusions started', (f) => String(f.exclusionsStarted)),
    both('Convictions', (f) => String(f.convictions)),
    both('Positive police outcomes', (f) => String(f.positiveOutcomes)),
    both('Cost per report', (f) => pounds(f.costPerReport, f.levy ? 'no reports' : noLevy)),
    both('Prevented and recovered per £1 of levy', (f) => pounds(f.returnPerLevyPound, noLevy)),
  ] satisfies ReturnOnLevyLine[]
}
