import { ChartFigure } from './ChartFigure'
import { ChartSvg } from './ChartSvg'
import { ChartTable } from './ChartTable'
import { chartColours } from './chartColours'
import { chartWidth } from './chartWidth'
import { roundForSvg } from './roundForSvg'
import { truncateLabel } from './truncateLabel'

export type BarChartItem = {
  label: string
  value: number
  /** Extra text after the value, e.g. "£120.00 lost"; shown beside the bar and as its own table column. */
  detail?: string
}

export type BarChartProps = {
  /** Visible caption, e.g. "Incidents by type". */
  caption: string
  items: readonly BarChartItem[]
  /** Table headings for screen readers, e.g. "Type" and "Incidents". */
  labelHeading: string
  valueHeading: string
  /** Heading of the detail column; the column appears when any item has a detail. */
  detailHeading?: string
  emptyMessage?: string
  /** The drawing's width in viewBox units (= CSS pixels at most); wider where the page has room. */
  width?: number
}

// Geometry in viewBox units.
const rowHeight = 38
const barTop = 19
const barHeight = 12
const fontSize = 14
/** Rough width of one character at fontSize, for fitting the label beside its value. */
const charWidth = 7.5

const valueTextOf = (item: BarChartItem): string =>
  item.detail ? `${item.value} · ${item.detail}` : String(item.value)

/** "Incidents by type: Theft 5, Violence 2, and 3 more; 12 in all." — the gist, the table has the rest. */
const summaryOf = (caption: string, items: readonly BarChartItem[]): string => {
  const total = items.reduce((sum, item) => sum + item.value, 0)
  const shown = items.slice(0, 3).map((item) => `${item.label} ${valueTextOf(item)}`)
  const more = items.length > 3 ? `, and ${items.length - 3} more` : ''
  return `${caption}: ${shown.join(', ')}${more}; ${total} in all.`
}

/**
 * Horizontal bars, one row per item: label and value on one line, the bar beneath at full width. Stacking
 * them rather than putting labels beside bars keeps long business names readable on a phone.
 */
export const BarChart = ({
  caption,
  items,
  labelHeading,
  valueHeading,
  detailHeading,
  emptyMessage,
  width = chartWidth,
}: BarChartProps) => {
  const max = items.reduce((largest, item) => Math.max(largest, item.value), 0)
  const hasDetail = items.some((item) => item.detail)
  const height = items.length * rowHeight
  const rows = items.map((item, index) => {
    const valueText = valueTextOf(item)
    const labelRoom = Math.floor((width - valueText.length * charWidth - 12) / charWidth)
    return {
      label: item.label,
      shortLabel: truncateLabel(item.label, labelRoom),
      valueText,
      y: index * rowHeight,
      // A non-zero value always gets a sliver, so "1" never looks like "0".
      barWidth: item.value > 0 ? roundForSvg(Math.max(2, (item.value / max) * width)) : 0,
    }
  })
  return (
    <ChartFigure caption={caption} isEmpty={items.length === 0 || max === 0} emptyMessage={emptyMessage}>
      <ChartSvg summary={summaryOf(caption, items)} width={width} height={height} fontSize={fontSize}>
        {/* Colours are set once per group and inherited, as in the other charts. */}
        <g style={{ fill: chartColours.track }}>
          {rows.map((row) => (
            <rect key={row.label} x={0} y={row.y + barTop} width={width} height={barHeight} rx={2} />
          ))}
        </g>
        <g style={{ fill: chartColours.bar }}>
          {rows.map((row) => (
            <rect key={row.label} x={0} y={row.y + barTop} width={row.barWidth} height={barHeight} rx={2} />
          ))}
        </g>
        <g style={{ fill: chartColours.text }}>
          {rows.map((row) => (
            <text key={row.label} x={0} y={row.y + 13}>
              {row.shortLabel}
            </text>
          ))}
        </g>
        <g style={{ fill: chartColours.strongText }} textAnchor="end" fontWeight={600}>
          {rows.map((row) => (
            <text key={row.label} x={width} y={row.y + 13}>
              {row.valueText}
            </text>
          ))}
        </g>
      </ChartSvg>
      <ChartTable
        caption={caption}
        columns={hasDetail ? [labelHeading, valueHeading, detailHeading ?? ''] : [labelHeading, valueHeading]}
      >
        {items.map((item) => (
          <tr key={item.label}>
            <th scope="row">{item.label}</th>
            <td>{item.value}</td>
            {hasDetail && <td>{item.detail ?? ''}</td>}
          </tr>
        ))}
      </ChartTable>
    </ChartFigure>
  )
}
