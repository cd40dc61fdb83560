import type { WeekCount } from '@/features/patterns/types'
import { formatDay, formatShortDay } from '@/lib/format/formatDay'
import { ChartFigure } from './ChartFigure'
import { ChartSvg } from './ChartSvg'
import { ChartTable } from './ChartTable'
import { chartColours } from './chartColours'
import { chartWidth } from './chartWidth'
import { roundForSvg } from './roundForSvg'
import { tickIndexes } from './tickIndexes'

export type WeeklyChartProps = {
  weeks: readonly WeekCount[]
  /** Visible caption; "Incidents per week" unless given. */
  caption?: string
  emptyMessage?: string
  /**
   * The drawing's size in viewBox units (= CSS pixels at most): the phone default, or wider where the
   * page has room (the admin dashboard), which then gets more date ticks rather than bigger text.
   */
  width?: number
  height?: number
}

// Geometry in viewBox units.
const axisLeft = 28
const plotTop = 22
/** Room under the plot for the date ticks. */
const axisRoom = 30
const fontSize = 13
/** Columns at least this wide carry their count above them. */
const minLabelledSlot = 22

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
 * date tick (more on a wider drawing); columns wide enough show their count. The screen-reader table
 * lists every week.
 */
export const WeeklyChart = ({
  weeks,
  caption = 'Incidents per week',
  emptyMessage,
  width = chartWidth,
  height = 180,
}: WeeklyChartProps) => {
  const max = weeks.reduce((largest, week) => Math.max(largest, week.count), 0)
  const plotBottom = height - axisRoom
  const slot = (width - axisLeft) / Math.max(1, weeks.length)
  // A gap between columns while they are wide enough to show one; touching columns beyond a year or so.
  const gap = slot > 4 ? Math.min(8, slot * 0.2) : 0
  const plotHeight = plotBottom - plotTop
  const showCounts = slot >= minLabelledSlot
  const ticks = tickIndexes(weeks.length, Math.max(4, Math.floor(width / 110)))
  const columns = weeks.map((week, index) => ({
    weekStart: week.weekStart,
    count: week.count,
    x: roundForSvg(axisLeft + index * slot + gap / 2),
    width: roundForSvg(Math.max(0.5, slot - gap)),
    height: roundForSvg(week.count > 0 ? Math.max(2, (week.count / max) * plotHeight) : 0),
  }))
  return (
    <ChartFigure caption={caption} isEmpty={weeks.length === 0 || max === 0} emptyMessage={emptyMessage}>
      <ChartSvg
        summary={weeks.length ? summaryOf(caption, weeks) : caption}
        width={width}
        height={height}
        fontSize={fontSize}
      >
        {/* The y scale is just 0 and the maximum: exact numbers are in the table, the shape is the point. */}
        <line x1={axisLeft} x2={width} y1={plotTop} y2={plotTop} style={{ stroke: chartColours.track }} />
        <text x={axisLeft - 4} y={plotTop + 4} textAnchor="end" style={{ fill: chartColours.text }}>
          {max}
        </text>
        <text x={axisLeft - 4} y={plotBottom} textAnchor="end" style={{ fill: chartColours.text }}>
          0
        </text>
        {/* Colours are set once per group and inherited, not on each of up to 52 bars and labels. */}
        <g style={{ fill: chartColours.bar }}>
          {columns.map((column) => (
            <rect
              key={column.weekStart}
              x={column.x}
              y={roundForSvg(plotBottom - column.height)}
              width={column.width}
              height={column.height}
            />
          ))}
        </g>
        {showCounts ? (
          <g style={{ fill: chartColours.strongText }} textAnchor="middle" fontWeight={600}>
            {columns
              .filter((column) => column.count > 0)
              .map((column) => (
                <text
                  key={column.weekStart}
                  x={roundForSvg(column.x + column.width / 2)}
                  y={roundForSvg(plotBottom - column.height - 5)}
                >
                  {column.count}
                </text>
              ))}
          </g>
        ) : null}
        <line
          x1={axisLeft}
          x2={width}
          y1={plotBottom}
          y2={plotBottom}
          style={{ stroke: chartColours.axis }}
        />
        <g style={{ fill: chartColours.text }}>
          {ticks.map((index) => {
            const isFirst = index === 0
            const isLast = index === weeks.length - 1 && !isFirst
            const x = axisLeft + index * slot + (isFirst ? 0 : isLast ? slot : slot / 2)
            return (
              <text
                key={weeks[index].weekStart}
                x={roundForSvg(x)}
                y={plotBottom + 20}
                textAnchor={isFirst ? 'start' : isLast ? 'end' : 'middle'}
              >
                {formatShortDay(weeks[index].weekStart)}
              </text>
            )
          })}
        </g>
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
