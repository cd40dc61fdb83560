import type { WeekCount } from '@/features/patterns/types'
import { formatDay, formatShortDay } from '@/lib/format/formatDay'
import { ChartFigure } from './ChartFigure'
import { ChartSvg } from './ChartSvg'
import { ChartTable } from './ChartTable'
import { chartColours } from './chartColours'
import { chartWidth } from './chartWidth'
import { tickIndexes } from './tickIndexes'

export type WeeklyChartProps = {
  weeks: readonly WeekCount[]
  /** Visible caption; "Incidents per week" unless given. */
  caption?: string
  emptyMessage?: string
}

// Geometry in viewBox units.
const width = chartWidth
const height = 170
const axisLeft = 28
const plotTop = 10
const plotBottom = 140
const fontSize = 13

/** "Incidents per week, 6 Jan 2025 to 24 Mar 2025: 14 in 12 weeks; busiest week commencing 3 Feb 2025 (4)." */
const summaryOf = (caption: string, weeks: readonly WeekCount[]): string => {
  const total = weeks.reduce((sum, week) => sum + week.count, 0)
  const busiest = weeks.reduce((top, week) => (week.count > top.count ? week : top), weeks[0])
  const first = formatDay(weeks[0].weekStart)
  const last = formatDay(weeks[weeks.length - 1].weekStart)
  const plural = weeks.length === 1 ? 'week' : 'weeks'
  return `${caption}, weeks commencing ${first} to ${last}: ${total} in ${weeks.length} ${plural}; busiest week commencing ${formatDay(busiest.weekStart)} (${busiest.count}).`
}

/**
 * A column per ISO week, empty weeks included so gaps in offending are visible. Only a few weeks get a
 * date tick; the screen-reader table lists every week.
 */
export const WeeklyChart = ({ weeks, caption = 'Incidents per week', emptyMessage }: WeeklyChartProps) => {
  const max = weeks.reduce((largest, week) => Math.max(largest, week.count), 0)
  const slot = (width - axisLeft) / Math.max(1, weeks.length)
  // A gap between columns while they are wide enough to show one; touching columns beyond a year or so.
  const gap = slot > 4 ? Math.min(4, slot * 0.2) : 0
  const plotHeight = plotBottom - plotTop
  const ticks = tickIndexes(weeks.length, 4)
  return (
    <ChartFigure caption={caption} isEmpty={weeks.length === 0 || max === 0} emptyMessage={emptyMessage}>
      <ChartSvg
        summary={weeks.length ? summaryOf(caption, weeks) : caption}
        width={width}
        height={height}
        fontSize={fontSize}
      >
        {/* The y scale is just 0 and the maximum: exact numbers are in the table, the shape is the point. */}
        <line x1={axisLeft} x2={width} y1={plotTop} y2={plotTop} stroke={chartColours.track} />
        <text x={axisLeft - 4} y={plotTop + 4} textAnchor="end" fill={chartColours.text}>
          {max}
        </text>
        <text x={axisLeft - 4} y={plotBottom} textAnchor="end" fill={chartColours.text}>
          0
        </text>
        {weeks.map((week, index) => {
          const columnHeight = week.count > 0 ? Math.max(2, (week.count / max) * plotHeight) : 0
          return (
            <rect
              key={week.weekStart}
              x={axisLeft + index * slot + gap / 2}
              y={plotBottom - columnHeight}
              width={Math.max(0.5, slot - gap)}
              height={columnHeight}
              fill={chartColours.bar}
            />
          )
        })}
        <line x1={axisLeft} x2={width} y1={plotBottom} y2={plotBottom} stroke={chartColours.axis} />
        {ticks.map((index) => {
          const isFirst = index === 0
          const isLast = index === weeks.length - 1 && !isFirst
          const x = axisLeft + index * slot + (isFirst ? 0 : isLast ? slot : slot / 2)
          return (
            <text
              key={weeks[index].weekStart}
              x={x}
              y={plotBottom + 18}
              textAnchor={isFirst ? 'start' : isLast ? 'end' : 'middle'}
              fill={chartColours.text}
            >
              {formatShortDay(weeks[index].weekStart)}
            </text>
          )
        })}
      </ChartSvg>
      <ChartTable caption={caption} columns={['Week commencing', 'Incidents']}>
        {weeks.map((week) => (
          <tr key={week.weekStart}>
            <th scope="row">{formatDay(week.weekStart)}</th>
            <td>{week.count}</td>
          </tr>
        ))}
      </ChartTable>
    </ChartFigure>
  )
}
