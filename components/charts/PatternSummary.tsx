import type { LastWeeksOptions, PatternSummaryData } from '@/features/patterns/types'
import { formatDay } from '@/lib/format/formatDay'
import { formatPounds } from '@/lib/format/formatPounds'
import { BarChart } from './BarChart'
import { DayHourHeatmap } from './DayHourHeatmap'
import { LossTotalsList } from './LossTotalsList'
import { WeeklyChart } from './WeeklyChart'

export type PatternSummaryProps = {
  /**
   * The pattern of already access-filtered incidents (summarisePattern for rows, summariseAggregates for
   * counts made in the database): this component shows whatever it is given.
   */
  summary: PatternSummaryData
  /** The weeks the summary's weekly view was limited to, for the chart's caption. */
  lastWeeks?: LastWeeksOptions
  heading?: string
  /** The heading level that fits the page's outline; 2 unless given. */
  headingLevel?: 2 | 3
  emptyMessage?: string
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`

/**
 * An offender's (or scheme's) pattern of offending on one screen: totals, weekly trend, day-and-hour
 * heatmap, types and places. One column on a phone; two on wide screens, so no chart's text balloons.
 */
export const PatternSummary = ({
  summary,
  lastWeeks,
  heading = 'Pattern of offending',
  headingLevel = 2,
  emptyMessage = 'No incidents are recorded here yet, so there is no pattern to show.',
}: PatternSummaryProps) => {
  const Heading = headingLevel === 3 ? 'h3' : 'h2'
  const headingElement = <Heading className="text-xl font-bold text-slate-900">{heading}</Heading>

  if (summary.total === 0) {
    return (
      <section className="space-y-3">
        {headingElement}
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-4 text-slate-700">
          {emptyMessage}
        </p>
      </section>
    )
  }

  const showLoss = summary.byPlace.some((place) => place.valueLost > 0)
  const placesCaption =
    summary.placeCount > summary.byPlace.length
      ? `Incidents by place (top ${summary.byPlace.length} of ${summary.placeCount})`
      : 'Incidents by place'

  return (
    <section className="space-y-4">
      {headingElement}
      <p className="text-slate-700">
        {plural(summary.total, 'incident', 'incidents')}
        {summary.firstDate && summary.lastDate
          ? ` from ${formatDay(summary.firstDate)} to ${formatDay(summary.lastDate)}`
          : ''}
        {summary.undated > 0
          ? `; ${plural(summary.undated, 'has', 'have')} no readable date and ${summary.undated === 1 ? 'is' : 'are'} left out of the time charts`
          : ''}
        .
      </p>
      <LossTotalsList totals={summary.lossTotals} />
      <div className="grid gap-4 lg:grid-cols-2">
        <WeeklyChart
          weeks={summary.byWeek}
          caption={
            lastWeeks ? `Incidents per week, last ${plural(lastWeeks.weeks, 'week', 'weeks')}` : undefined
          }
          emptyMessage={lastWeeks ? 'No incidents in these weeks.' : undefined}
        />
        <DayHourHeatmap matrix={summary.byDayAndHour} />
        <BarChart
          caption="Incidents by type"
          labelHeading="Type"
          valueHeading="Incidents"
          items={summary.byType.map((type) => ({ label: type.label, value: type.count }))}
        />
        <BarChart
          caption={placesCaption}
          labelHeading="Place"
          valueHeading="Incidents"
          detailHeading={showLoss ? 'Value lost' : undefined}
          items={summary.byPlace.map((place) => ({
            label: place.businessName,
            value: place.count,
            detail: showLoss ? formatPounds(place.valueLost) : undefined,
          }))}
        />
      </div>
    </section>
  )
}
