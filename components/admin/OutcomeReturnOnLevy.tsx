import { ColumnHeadings } from '@/components/shared/ColumnHeadings'
import { returnOnLevyLines } from '@/features/outcomes/returnOnLevyLines'
import type { OutcomeFigures } from '@/features/outcomes/types'
import { formatDay } from '@/lib/format/formatDay'

const tableStyle = { width: '100%', borderCollapse: 'collapse', fontSize: '0.9rem' } as const

/**
 * The return on levy: what the scheme achieved beside the levy and running costs that fall in the period
 * (each levy period's share by days), with the previous period of the same length beside it. Levy and
 * costs are entered under Scheme › Levy periods.
 */
export const OutcomeReturnOnLevy = ({ figures }: { figures: OutcomeFigures }) => {
  const { current, previous } = figures.returnOnLevy
  return (
    <section aria-labelledby="return-on-levy">
      <h3 id="return-on-levy">Return on levy</h3>
      {current.levy ? null : (
        <p>
          No levy period covers these days yet: add the levy and running costs under{' '}
          <a href="/admin/collections/levy-periods">Levy periods</a>.
        </p>
      )}
      <table style={tableStyle}>
        <caption style={{ textAlign: 'left' }}>
          This period beside {formatDay(previous.from)} to {formatDay(previous.to)}
        </caption>
        <ColumnHeadings names={['Measure', 'This period', 'Previous period']} />
        <tbody>
          {returnOnLevyLines(figures.returnOnLevy).map((line) => (
            <tr key={line.label}>
              <th scope="row" style={{ textAlign: 'left', fontWeight: 'normal' }}>
                {line.label}
              </th>
              <td>{line.current}</td>
              <td>{line.previous}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
