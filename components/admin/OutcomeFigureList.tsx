import type { OutcomeFigures } from '@/features/outcomes/types'
import { formatPounds } from '@/lib/format/formatPounds'

/** The report's headline figures, as the CSV and PDF give them. */
export const OutcomeFigureList = ({ figures }: { figures: OutcomeFigures }) => (
  <dl className="ntars-figures">
    <div>
      <dt>Incidents reported</dt>
      <dd>{figures.incidents}</dd>
    </div>
    <div>
      <dt>Value lost</dt>
      <dd>{formatPounds(figures.valueLost)}</dd>
    </div>
    <div>
      <dt>Value recovered</dt>
      <dd>{formatPounds(figures.valueRecovered)}</dd>
    </div>
    <div>
      <dt>Offenders active</dt>
      <dd>{figures.offendersActive}</dd>
    </div>
    <div>
      <dt>Exclusions issued</dt>
      <dd>
        {figures.exclusionsIssued.total} (warnings {figures.exclusionsIssued.warning}, exclusions{' '}
        {figures.exclusionsIssued.exclusion}, since ended {figures.exclusionsIssued.ended})
      </dd>
    </div>
    <div>
      <dt>Exclusion breaches</dt>
      <dd>{figures.breaches}</dd>
    </div>
    <div>
      <dt>Exclusion notices given</dt>
      <dd>
        {figures.noticesStarted.total} (warnings {figures.noticesStarted.warning}, exclusions{' '}
        {figures.noticesStarted.exclusion})
      </dd>
    </div>
    <div>
      <dt>Positive police outcomes</dt>
      <dd>{figures.positiveOutcomes}</dd>
    </div>
    {figures.policeOutcomes.map((outcome) => (
      <div key={outcome.key}>
        <dt>
          Police outcome: {outcome.label}
          {outcome.retired ? ' (retired)' : ''}
        </dt>
        <dd>{outcome.count}</dd>
      </div>
    ))}
    <div>
      <dt>Adopted-shop visits</dt>
      <dd>
        {figures.shopVisits} ({figures.shopsVisited} shops)
      </dd>
    </div>
  </dl>
)
