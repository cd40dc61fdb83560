import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { BarChart } from '@/components/charts/BarChart'
import { DayHourHeatmap } from '@/components/charts/DayHourHeatmap'
import { PatternSummary } from '@/components/charts/PatternSummary'
import { WeeklyChart } from '@/components/charts/WeeklyChart'
import { byDayAndHour } from '@/features/patterns/byDayAndHour'
import { byWeek } from '@/features/patterns/byWeek'
import { summarisePattern } from '@/features/patterns/summarisePattern'
import type { PatternIncident } from '@/features/patterns/types'

// Labels as the database joins them from the type records (docs/vocabulary.md).
const typeLabels: Record<string, string> = {
  theft: 'Theft',
  asb: 'Anti-social behaviour',
  'abuse-to-staff': 'Abuse or threats to staff',
}

const row = (occurredAt: string, overrides: Partial<PatternIncident> = {}): PatternIncident => ({
  occurredAt,
  type: 'theft',
  typeLabel: typeLabels[overrides.type ?? 'theft'],
  businessName: 'Copper Kettle Café',
  ...overrides,
})

/** The text of each cell of the sr-only table, row by row, tags stripped. */
const tableRowsOf = (html: string): string[][] => {
  const table = html.match(/<table class="sr-only">([\s\S]*?)<\/table>/)?.[1] ?? ''
  const body = table.match(/<tbody>([\s\S]*?)<\/tbody>/)?.[1] ?? ''
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((tr) =>
    [...tr[1].matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => cell[1].replace(/<[^>]+>/g, '')),
  )
}

const ariaLabelOf = (html: string): string => html.match(/<svg[^>]*aria-label="([^"]*)"/)?.[1] ?? ''

describe('BarChart', () => {
  const items = [
    { label: 'Theft', value: 5 },
    { label: 'Violence', value: 2 },
    { label: 'Begging', value: 1 },
    { label: 'Drugs', value: 1 },
  ]

  it('is a captioned figure whose svg is an image summarising the numbers', () => {
    const html = renderToStaticMarkup(
      <BarChart caption="Incidents by type" items={items} labelHeading="Type" valueHeading="Incidents" />,
    )
    expect(html).toMatch(/^<figure[^>]*><figcaption[^>]*>Incidents by type<\/figcaption>/)
    expect(html).toContain('role="img"')
    expect(html).toContain('viewBox="0 0 400 ')
    expect(html).toContain('width="100%"')
    expect(ariaLabelOf(html)).toBe('Incidents by type: Theft 5, Violence 2, Begging 1, and 1 more; 9 in all.')
  })

  it('carries every number in the screen-reader table', () => {
    const html = renderToStaticMarkup(
      <BarChart
        caption="Incidents by place"
        items={[{ label: 'Lantern Books', value: 3, detail: '£30.30' }]}
        labelHeading="Place"
        valueHeading="Incidents"
        detailHeading="Value lost"
      />,
    )
    expect(tableRowsOf(html)).toEqual([['Lantern Books', '3', '£30.30']])
    expect(html).toContain('<th scope="col">Value lost</th>')
  })

  it('says so in words when there is nothing to draw', () => {
    const html = renderToStaticMarkup(
      <BarChart caption="Incidents by type" items={[]} labelHeading="Type" valueHeading="Incidents" />,
    )
    expect(html).not.toContain('<svg')
    expect(html).not.toContain('<table')
    expect(html).toContain('Nothing to show yet.')
  })
})

describe('WeeklyChart', () => {
  it('lists every week, empty ones included, and summarises the busiest', () => {
    const weeks = byWeek([
      row('2025-01-06T10:00:00Z'),
      row('2025-01-07T10:00:00Z'),
      row('2025-01-20T10:00:00Z'),
    ])
    const html = renderToStaticMarkup(<WeeklyChart weeks={weeks} />)
    expect(tableRowsOf(html)).toEqual([
      ['6 Jan 2025', '2'],
      ['13 Jan 2025', '0'],
      ['20 Jan 2025', '1'],
    ])
    expect(ariaLabelOf(html)).toBe(
      'Incidents per week, weeks commencing 6 Jan 2025 to 20 Jan 2025: 3 in 3 weeks; busiest week commencing 6 Jan 2025 (2).',
    )
  })

  it('shows the empty message when no week has an incident', () => {
    const weeks = byWeek([], { weeks: 4, now: new Date('2025-03-05T10:00:00Z') })
    const html = renderToStaticMarkup(
      <WeeklyChart weeks={weeks} emptyMessage="No incidents in these weeks." />,
    )
    expect(html).toContain('No incidents in these weeks.')
    expect(html).not.toContain('<svg')
  })
})

describe('DayHourHeatmap', () => {
  it('has 7 day rows of 24 hours matching the matrix, in UK time', () => {
    // Summer: 23:30 UTC Tuesday is 00:30 Wednesday in London.
    const matrix = byDayAndHour([
      row('2025-07-15T23:30:00Z'),
      row('2025-07-16T16:10:00Z'),
      row('2025-07-16T16:50:00Z'),
    ])
    const html = renderToStaticMarkup(<DayHourHeatmap matrix={matrix} />)
    const rows = tableRowsOf(html)
    expect(rows.map((cells) => cells[0])).toEqual([
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
      'Sunday',
    ])
    expect(rows.every((cells) => cells.length === 25)).toBe(true)
    expect(rows.map((cells) => cells.slice(1).map(Number))).toEqual(matrix)
    expect(rows[2][1]).toBe('1') // Wednesday 00:00
    expect(rows[2][18]).toBe('2') // Wednesday 17:00 (16:xx UTC in BST)
    expect(ariaLabelOf(html)).toBe(
      'Incidents by day and hour (UK time): 3 in all; busiest time Wednesday 17:00 to 18:00 (2); busiest day Wednesday (3); busiest hour 17:00 to 18:00 (2).',
    )
  })
})

describe('PatternSummary', () => {
  it('shows a friendly message and no charts for no incidents', () => {
    const html = renderToStaticMarkup(<PatternSummary summary={summarisePattern([])} />)
    expect(html).toContain('<h2')
    expect(html).toContain('no pattern to show')
    expect(html).not.toContain('<figure')
  })

  it('lays out the totals and the four charts, each with a table whose numbers add up to the rows', () => {
    const incidents = [
      row('2025-03-03T09:15:00Z', { valueLost: 12.5 }),
      row('2025-03-04T16:40:00Z', { businessName: 'Lantern Books', valueLost: 30, valueRecovered: 30 }),
      row('2025-03-17T17:05:00Z', { type: 'abuse-to-staff' }),
    ]
    const html = renderToStaticMarkup(
      <PatternSummary summary={summarisePattern(incidents)} headingLevel={3} />,
    )
    expect(html).toContain('<h3')
    expect(html).toContain('3 incidents from 3 Mar 2025 to 17 Mar 2025.')
    expect(html).toContain('£42.50')
    expect(html).toContain('£30.00')
    expect(html).toContain('£12.50')
    expect(html.match(/<figure/g)).toHaveLength(4)
    expect(html.match(/role="img"/g)).toHaveLength(4)
    expect(html.match(/<table class="sr-only">/g)).toHaveLength(4)
    expect(html).toContain('Lantern Books</th><td>1</td><td>£30.00</td>')
    expect(html).toContain('Abuse or threats to staff</th><td>1</td>')
  })
})

describe('chart weight (a busy profile renders these on every view, and again in the RSC payload)', () => {
  // A profile reported every day for a year: every week has a bar, every day-and-hour cell a count.
  const everyHour = Array.from({ length: 7 }, (_, day) => Array.from({ length: 24 }, (_, hour) => day + hour))
  const weeks = Array.from({ length: 52 }, (_, index) => ({
    weekStart: new Date(Date.UTC(2025, 0, 6 + index * 7)).toISOString().slice(0, 10),
    isoWeek: `2025-W${String(index + 2).padStart(2, '0')}`,
    count: (index % 9) + 1,
  }))
  const charts = renderToStaticMarkup(
    <>
      <DayHourHeatmap matrix={everyHour} />
      <WeeklyChart weeks={weeks} />
    </>,
  )

  it('sets each colour once per group of marks, not on every mark', () => {
    // Colours come from CSS variables through `style`; marks inherit them from their group.
    expect(charts.match(/var\(--ntars-chart-/g)?.length ?? 0).toBeLessThanOrEqual(16)
  })

  it('writes coordinates and strengths with at most two decimals', () => {
    expect(charts).not.toMatch(/="\d+\.\d{3,}"/)
  })
})
