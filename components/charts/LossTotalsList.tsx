import type { LossTotals } from '@/features/patterns/types'
import { formatPounds } from '@/lib/format/formatPounds'

/**
 * Lost, recovered and net loss as a description list: plain text, not a chart, because three numbers
 * are read more easily than drawn.
 */
export const LossTotalsList = ({ totals }: { totals: LossTotals }) => (
  <dl className="grid grid-cols-3 gap-2 text-slate-700">
    {[
      { term: 'Value lost', value: totals.lost },
      { term: 'Recovered', value: totals.recovered },
      { term: 'Net loss', value: totals.net },
    ].map(({ term, value }) => (
      <div key={term} className="rounded-lg border border-slate-200 bg-white p-3">
        <dt className="text-xs font-medium uppercase tracking-wide">{term}</dt>
        <dd className="mt-1 text-lg font-semibold text-slate-900 tabular-nums">{formatPounds(value)}</dd>
      </div>
    ))}
  </dl>
)
