import { Fragment } from 'react'
import type { OutcomePeriod } from '@/features/outcomes/outcomePeriod'
import { outcomePresets } from '@/features/outcomes/outcomePresets'
import { outcomePeriodQuery } from './outcomePeriodQuery'

const ends = [
  { name: 'from', label: 'From' },
  { name: 'to', label: 'To' },
] as const

/** Choose the report's period: a preset, or any two UK days; says why when the days asked for are wrong. */
export const OutcomePeriodForm = ({ period }: { period: OutcomePeriod | { error: string } }) => (
  <>
    <nav aria-label="Report periods" className="ntars-actions">
      {outcomePresets().map((preset) => (
        <a
          key={preset.label}
          className="btn btn--style-secondary btn--size-small"
          href={`/admin/outcomes?${outcomePeriodQuery(preset.from, preset.to)}`}
        >
          {preset.label}
        </a>
      ))}
    </nav>
    <form method="get" action="/admin/outcomes" className="ntars-actions">
      {ends.map(({ name, label }) => (
        <Fragment key={name}>
          <label htmlFor={`outcomes-${name}`}>{label}</label>
          <input
            id={`outcomes-${name}`}
            name={name}
            type="date"
            required
            defaultValue={'error' in period ? undefined : period[name]}
          />
        </Fragment>
      ))}
      <button type="submit" className="btn btn--style-primary btn--size-small">
        Show
      </button>
    </form>
    {'error' in period ? (
      <p role="alert" className="ntars-warning">
        {period.error}
      </p>
    ) : null}
  </>
)
