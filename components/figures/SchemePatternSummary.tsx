import { BarChart } from '@/components/charts/BarChart'
import { DayHourHeatmap } from '@/components/charts/DayHourHeatmap'
import { WeeklyChart } from '@/components/charts/WeeklyChart'
import type { SchemePattern, TrendCount } from '@/features/figures/types'
import { formatDay } from '@/lib/format/formatDay'
import { trendSentence } from './trendSentence'

/** How many streets the chart lists: the busiest, where patrols and campaigns go first. */
const topPlaces = 12

const barsOf = (counts: readonly TrendCount[]) =>
  counts.map((item) => ({ label: item.label, value: item.count, detail: `before: ${item.previous}` }))

/**
 * The scheme's pattern for a period: the trend against the previous period of the same length, reports per
 * week, the UK-time day × hour heatmap, and types and streets each with the previous period's count beside
 * it. Charts each carry a screen-reader table (components/charts).
 */
export const SchemePatternSummary = ({
  pattern,
  wide = false,
}: {
  pattern: SchemePattern
  wide?: boolean
}) => (
  <section className="space-y-4" aria-labelledby="pattern-heading">
    <h2 id="pattern-heading" className="text-xl font-bold text-slate-900">
      {formatDay(pattern.from)} to {formatDay(pattern.to)}
    </h2>
    <p className="text-slate-700">
      {trendSentence(pattern.reports, pattern.previousReports, pattern.previousFrom, pattern.previousTo)}
    </p>
    <div className="ntars-charts grid gap-4 lg:grid-cols-2">
      <WeeklyChart
        weeks={pattern.byWeek}
        caption="Reports per week"
        emptyMessage="No reports in this period."
        width={wide ? 1100 : undefined}
        height={wide ? 240 : undefined}
      />
      <DayHourHeatmap
        matrix={pattern.byDayAndHour}
        caption="Reports by day and hour (UK time)"
        emptyMessage="No reports in this period."
      />
      <BarChart
        caption="Reports by type, with the previous period"
        labelHeading="Type"
        valueHeading="Reports"
        detailHeading="Previous period"
        items={barsOf(pattern.byType)}
        emptyMessage="No reports in this period or the one before."
        width={wide ? 360 : undefined}
      />
      <BarChart
        caption={
          pattern.byPlace.length > topPlaces
            ? `Reports by street (busiest ${topPlaces} of ${pattern.byPlace.length}), with the previous period`
            : 'Reports by street, with the previous period'
        }
        labelHeading="Street"
        valueHeading="Reports"
        detailHeading="Previous period"
        items={barsOf(pattern.byPlace.slice(0, topPlaces))}
        emptyMessage="No reports in this period or the one before."
        width={wide ? 360 : undefined}
      />
    </div>
  </section>
)
