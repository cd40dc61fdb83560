import { BarChart } from '@/components/charts/BarChart'
import type { FiguresPage } from '@/features/figures/types'
import { formatDay } from '@/lib/format/formatDay'
import { formatPounds } from '@/lib/format/formatPounds'
import { ComparisonTable } from './ComparisonTable'
import { formatMonth } from './formatMonth'
import { formatRate } from './formatRate'

const count = (value: number | null | undefined) =>
  value === null || value === undefined ? null : String(value)
const pounds = (value: number | null) => (value === null ? null : formatPounds(value))

/**
 * A period's figures beside the scheme's average per business: totals, losses, how often reports led to a
 * positive police outcome, then by type and by month. For a manager the figures are their business's; for
 * police and staff the scheme's (the average still per business).
 */
export const FiguresSummary = ({ page }: { page: FiguresPage }) => {
  const { figures, averages } = page
  const whose = page.scope === 'business' ? 'Your business' : 'Whole scheme'
  const headings = (measure: string) => [measure, whose, 'Scheme average per business'] as const
  const typeRows = new Map(figures.byType.map((type) => [type.type, type]))
  return (
    <section className="space-y-4" aria-labelledby="figures-heading">
      <h2 id="figures-heading" className="text-xl font-bold text-slate-900">
        {formatDay(page.from)} to {formatDay(page.to)}
      </h2>
      {averages.businesses !== null ? (
        <p className="text-slate-700">
          The scheme average is over the {averages.businesses} businesses that reported in this period.
        </p>
      ) : null}
      <ComparisonTable
        caption="Reports, losses and police outcomes"
        headings={headings('Measure')}
        rows={[
          { label: 'Reports', value: String(figures.reports), average: count(averages.reports) },
          { label: 'Value lost', value: formatPounds(figures.lost), average: pounds(averages.lost) },
          {
            label: 'Value recovered',
            value: formatPounds(figures.recovered),
            average: pounds(averages.recovered),
          },
          {
            label: 'Reports with a positive police outcome',
            value: formatRate(figures.outcomeRate),
            average: averages.outcomeRate === null ? null : formatRate(averages.outcomeRate),
          },
        ]}
      />
      <BarChart
        caption="Reports by type"
        labelHeading="Type"
        valueHeading="Reports"
        items={figures.byType.map((type) => ({ label: type.label, value: type.count }))}
        emptyMessage="No reports in this period."
      />
      <ComparisonTable
        caption="Reports by type, beside the scheme average"
        headings={headings('Type')}
        rows={[
          ...figures.byType.map((type) => ({
            label: type.label,
            value: String(type.count),
            average: count(averages.byType[type.type]?.average),
          })),
          // Types the scheme reported that this business did not: 0 here, the scheme's average beside it.
          ...Object.entries(averages.byType)
            .filter(([type]) => !typeRows.has(type))
            .map(([, type]) => ({ label: type.label, value: '0', average: String(type.average) })),
        ]}
      />
      <ComparisonTable
        caption="Reports by month, beside the scheme average"
        headings={headings('Month')}
        rows={figures.byMonth.map((month) => ({
          label: formatMonth(month.month),
          value: String(month.count),
          average: count(averages.byMonth[month.month]),
        }))}
      />
    </section>
  )
}
