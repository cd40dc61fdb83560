import type { DayHourMatrix } from '@/features/patterns/types'
import { weekdayNames, weekdayShortNames } from '@/features/patterns/weekdays'
import { ChartFigure } from './ChartFigure'
import { ChartSvg } from './ChartSvg'
import { ChartTable } from './ChartTable'
import { chartColours } from './chartColours'
import { chartWidth } from './chartWidth'
import { hourLabel } from './hourLabel'
import { roundForSvg } from './roundForSvg'

export type DayHourHeatmapProps = {
  /** 7 rows (Monday first) × 24 hours, as byDayAndHour returns. */
  matrix: DayHourMatrix
  /** Visible caption; says the times are UK time unless replaced. */
  caption?: string
  emptyMessage?: string
}

// viewBox units: 34 for day names plus 24 cells of 15 fit the chart width.
const width = chartWidth
const labelWidth = 34
const cell = 15
const headerHeight = 18
const gridBottom = headerHeight + 7 * cell
const legendTop = gridBottom + 10
const height = legendTop + 22
const fontSize = 12
const hours = Array.from({ length: 24 }, (_, hour) => hour)
const labelledHours = hours.filter((hour) => hour % 3 === 0)
const legendSteps = [0.25, 0.5, 0.75, 1]
const tableColumns = ['Day', ...hours.map(hourLabel)]

/**
 * Any count above zero is at least 25% strength, so a single incident never fades into the empty-cell
 * grey; the rest of the range scales with the busiest cell.
 */
const opacityOf = (count: number, max: number): number => roundForSvg(0.25 + 0.75 * (count / max))

const countAt = (matrix: DayHourMatrix, day: number, hour: number): number => matrix[day]?.[hour] ?? 0

const summaryOf = (caption: string, matrix: DayHourMatrix): string => {
  let total = 0
  let busiest = { day: 0, hour: 0, count: -1 }
  const dayTotals = weekdayNames.map(() => 0)
  const hourTotals = hours.map(() => 0)
  weekdayNames.forEach((_, day) => {
    for (const hour of hours) {
      const count = countAt(matrix, day, hour)
      total += count
      dayTotals[day] += count
      hourTotals[hour] += count
      if (count > busiest.count) busiest = { day, hour, count }
    }
  })
  const busiestDay = dayTotals.indexOf(Math.max(...dayTotals))
  const busiestHour = hourTotals.indexOf(Math.max(...hourTotals))
  const slot = (hour: number) => `${hourLabel(hour)} to ${hourLabel((hour + 1) % 24)}`
  return (
    `${caption}: ${total} in all; busiest time ${weekdayNames[busiest.day]} ${slot(busiest.hour)} (${busiest.count}); ` +
    `busiest day ${weekdayNames[busiestDay]} (${dayTotals[busiestDay]}); ` +
    `busiest hour ${slot(busiestHour)} (${hourTotals[busiestHour]}).`
  )
}

/** One day-and-hour square; its colour comes from its group, its strength (if any) from `fillOpacity`. */
const cellRect = ({ day, hour }: { day: number; hour: number }, fillOpacity?: number) => (
  <rect
    key={`${day}-${hour}`}
    x={labelWidth + hour * cell}
    y={headerHeight + day * cell}
    width={cell}
    height={cell}
    fillOpacity={fillOpacity}
  />
)

/** Weekday rows by hour columns, darker where more incidents happened: when this person offends. */
export const DayHourHeatmap = ({
  matrix,
  caption = 'Incidents by day and hour (UK time)',
  emptyMessage,
}: DayHourHeatmapProps) => {
  const cells = weekdayNames.flatMap((_, day) =>
    hours.map((hour) => ({ day, hour, count: countAt(matrix, day, hour) })),
  )
  const max = cells.reduce((largest, entry) => Math.max(largest, entry.count), 0)
  return (
    <ChartFigure caption={caption} isEmpty={max === 0} emptyMessage={emptyMessage}>
      <ChartSvg summary={summaryOf(caption, matrix)} width={width} height={height} fontSize={fontSize}>
        {/* Colours are set once per group and inherited: 168 cells each carrying their own style made a
            busy profile's page a third heavier (bench/RESULTS.md). */}
        <g style={{ fill: chartColours.text }}>
          {labelledHours.map((hour) => (
            <text key={hour} x={labelWidth + hour * cell + cell / 2} y={headerHeight - 6} textAnchor="middle">
              {String(hour).padStart(2, '0')}
            </text>
          ))}
          {weekdayShortNames.map((name, day) => (
            <text key={name} x={0} y={headerHeight + day * cell + cell - 4}>
              {name}
            </text>
          ))}
        </g>
        <g style={{ fill: chartColours.emptyCell, stroke: chartColours.surface }}>
          {cells.filter((entry) => entry.count === 0).map((entry) => cellRect(entry))}
        </g>
        <g style={{ fill: chartColours.bar, stroke: chartColours.surface }}>
          {cells
            .filter((entry) => entry.count > 0)
            .map((entry) => cellRect(entry, opacityOf(entry.count, max)))}
        </g>
        {/* Legend: the empty-cell grey for 0, then rising strengths up to the busiest cell's count. */}
        <text x={labelWidth} y={legendTop + 11} style={{ fill: chartColours.text }}>
          0
        </text>
        <rect
          x={labelWidth + 12}
          y={legendTop}
          width={cell}
          height={cell}
          style={{ fill: chartColours.emptyCell }}
        />
        <g style={{ fill: chartColours.bar }}>
          {legendSteps.map((step, index) => (
            <rect
              key={step}
              x={labelWidth + 12 + (index + 1) * cell}
              y={legendTop}
              width={cell}
              height={cell}
              fillOpacity={roundForSvg(0.25 + 0.75 * step)}
            />
          ))}
        </g>
        <text
          x={labelWidth + 12 + (legendSteps.length + 1) * cell + 4}
          y={legendTop + 11}
          style={{ fill: chartColours.text }}
        >
          {max}
        </text>
      </ChartSvg>
      <ChartTable caption={caption} columns={tableColumns}>
        {weekdayNames.map((name, day) => (
          <tr key={name}>
            <th scope="row">{name}</th>
            {hours.map((hour) => (
              <td key={hour}>{countAt(matrix, day, hour)}</td>
            ))}
          </tr>
        ))}
      </ChartTable>
    </ChartFigure>
  )
}
