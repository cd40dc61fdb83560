import type { OutcomeFigures } from '@/features/outcomes/types'
import { formatPounds } from '@/lib/format/formatPounds'

/** The report's headline figures, as the CSV and PDF give them. */
export const OutcomeFigureList = ({ figures }: { figures: OutcomeFigures }) => (
  <dl className="ntars-figures">
    <dt>Incidents reported</dt>
    <dd>{figures.incidents}</dd>
    <dt>Value lost</dt>
    <dd>{formatPounds(figures.valueLost)}</dd>
    <dt>Value recovered</dt>
    <dd>{formatPounds(figures.valueRecovered)}</dd>
    <dt>Offenders active</dt>
    <dd>{figures.offendersActive}</dd>
    <dt>Exclusions issued</dt>
    <dd>
      {figures.exclusionsIssued.total} (warnings {figures.exclusionsIssued.warning}, exclusions{' '}
      {figures.exclusionsIssued.exclusion}, since ended {figures.exclusionsIssued.ended})
    </dd>
    <dt>Exclusion breaches</dt>
    <dd>{figures.breaches}</dd>
    <dt>Arrests / charges / convictions</dt>
    <dd>
      {figures.arrests} / {figures.charges} / {figures.convictions}
    </dd>
    <dt>Adopted-shop visits</dt>
    <dd>
      {figures.shopVisits} ({figures.shopsVisited} shops)
    </dd>
  </dl>
)
