import type { OutcomePeriod } from '@/features/outcomes/outcomePeriod'
import { outcomePresets } from '@/features/outcomes/outcomePresets'

const ends = [
  { name: 'from', label: 'From' },
  { name: 'to', label: 'To' },
] as const

// The admin has Payload's button classes and no Tailwind; the members' area the reverse.
const looks = {
  members: {
    row: 'flex flex-wrap items-end gap-2',
    preset:
      'rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-900 focus:outline-none focus:ring-2 focus:ring-slate-900',
    field: 'flex flex-col text-sm font-medium text-slate-900',
    input: 'mt-1 rounded-md border border-slate-400 px-2 py-2 text-base',
    submit:
      'rounded-md bg-slate-900 px-4 py-2 text-sm font-semibold text-white focus:outline-none focus:ring-2 focus:ring-slate-900 focus:ring-offset-2',
    error: 'rounded-md border border-red-300 bg-red-50 p-3 text-red-900',
  },
  admin: {
    row: 'ntars-actions',
    preset: 'btn btn--style-secondary btn--size-small',
    field: '',
    input: '',
    submit: 'btn btn--style-primary btn--size-small',
    error: 'ntars-warning',
  },
}

type PeriodChooserProps = {
  /** The page the choice goes to, e.g. '/figures' or '/admin/patterns'. */
  action: string
  period: OutcomePeriod | { error: string }
  look: keyof typeof looks
}

/**
 * Choose a period of UK calendar days: the board's presets (last month, quarter, 12 months: outcomePresets)
 * or any two days; a plain GET form, so the period is in the address and the page works without script.
 */
export const PeriodChooser = ({ action, period, look }: PeriodChooserProps) => {
  const css = looks[look]
  const id = (name: string) => `period-${name}`
  return (
    <div className="space-y-3">
      <nav aria-label="Periods" className={css.row}>
        {outcomePresets().map((preset) => (
          <a
            key={preset.label}
            className={css.preset}
            href={`${action}?from=${encodeURIComponent(preset.from)}&to=${encodeURIComponent(preset.to)}`}
          >
            {preset.label}
          </a>
        ))}
      </nav>
      <form method="get" action={action} className={css.row}>
        {ends.map(({ name, label }) => (
          <label key={name} htmlFor={id(name)} className={css.field}>
            {label}
            <input
              id={id(name)}
              name={name}
              type="date"
              required
              className={css.input}
              defaultValue={'error' in period ? undefined : period[name]}
            />
          </label>
        ))}
        <button type="submit" className={css.submit}>
          Show
        </button>
      </form>
      {'error' in period ? (
        <p role="alert" className={css.error}>
          {period.error}
        </p>
      ) : null}
    </div>
  )
}
