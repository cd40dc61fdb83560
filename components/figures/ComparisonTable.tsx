import { schemeAverageMinBusinesses } from '@/features/figures/schemeAverageMinBusinesses'

export type ComparisonRow = { label: string; value: string; average: string | null }

type ComparisonTableProps = {
  caption: string
  /** Column headings: what is measured, whose figure, the scheme's average. */
  headings: readonly [string, string, string]
  rows: readonly ComparisonRow[]
}

/** Not shown: a number here could reveal one business's figure (docs/figures.md). */
export const hiddenAverage = '—'

/**
 * Figures beside the scheme's average per business, as a real table (read in order by screen readers,
 * scrolls sideways on a narrow phone rather than squeezing). A dash where too few businesses contribute.
 */
export const ComparisonTable = ({ caption, headings, rows }: ComparisonTableProps) => (
  <div className="ntars-compare w-full max-w-3xl overflow-x-auto rounded-lg border border-slate-200 bg-white">
    <table className="w-full text-left text-sm text-slate-900">
      <caption className="px-3 pt-3 text-left font-semibold">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-200">
          {headings.map((heading, index) => (
            <th key={heading} scope="col" className={`px-3 py-2 ${index ? 'text-right' : ''}`}>
              {heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label} className="border-b border-slate-100 last:border-0">
            <th scope="row" className="px-3 py-2 font-normal">
              {row.label}
            </th>
            <td className="px-3 py-2 text-right tabular-nums">{row.value}</td>
            <td className="px-3 py-2 text-right tabular-nums">{row.average ?? hiddenAverage}</td>
          </tr>
        ))}
      </tbody>
    </table>
    {rows.some((row) => row.average === null) ? (
      <p className="px-3 pb-3 text-xs text-slate-700">
        {hiddenAverage} no average: fewer than {schemeAverageMinBusinesses} businesses contribute to it.
      </p>
    ) : null}
  </div>
)
