import { BarChart, type BarChartProps } from '@/components/charts/BarChart'
import { WeeklyChart } from '@/components/charts/WeeklyChart'
import type { OutcomeFigures } from '@/features/outcomes/types'

const noIncidents = 'No incidents in this period.'

/** The bar charts of a period, in the order the report shows them; every bar counts incidents. */
const barChartsOf = (figures: OutcomeFigures): BarChartProps[] => [
  {
    caption: 'Incidents by type',
    items: figures.byType.map((type) => ({ label: type.label, value: type.count })),
    labelHeading: 'Type',
    valueHeading: 'Incidents',
    emptyMessage: noIncidents,
  },
  {
    caption: 'Police outcomes',
    // The scheme's outcomes in its own order; "none yet" is the reports still waiting, not an outcome.
    items: figures.policeOutcomes
      .filter((outcome) => outcome.countsAs !== 'none')
      .map((outcome) => ({ label: outcome.label, value: outcome.count })),
    labelHeading: 'Outcome',
    valueHeading: 'Incidents',
    emptyMessage: 'No police outcomes recorded for this period yet.',
  },
  {
    caption: 'Most affected businesses',
    items: figures.byBusiness.map((place) => ({ label: place.name, value: place.count })),
    labelHeading: 'Business',
    valueHeading: 'Incidents',
    emptyMessage: noIncidents,
  },
]

/**
 * The report's charts: incidents per week across the page, then by type, police outcomes and by business
 * side by side where there is room (app/(payload)/custom.css), each drawn at its own size so labels stay
 * at reading size on a wide screen.
 */
export const OutcomeCharts = ({ figures }: { figures: OutcomeFigures }) => (
  <div className="ntars-charts">
    <WeeklyChart weeks={figures.byWeek} emptyMessage={noIncidents} width={1100} height={240} />
    {barChartsOf(figures).map((chart) => (
      <BarChart key={chart.caption} {...chart} width={360} />
    ))}
  </div>
)
