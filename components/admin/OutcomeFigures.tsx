import type { Payload } from 'payload'
import type { StaffAccount } from '@/access/accountOf'
import { outcomeFigures } from '@/features/outcomes/outcomeFigures'
import type { OutcomePeriod } from '@/features/outcomes/outcomePeriod'
import { formatDay } from '@/lib/format/formatDay'
import { OutcomeCharts } from './OutcomeCharts'
import { OutcomeFigureList } from './OutcomeFigureList'
import { OutcomeReturnOnLevy } from './OutcomeReturnOnLevy'
import { outcomePeriodQuery } from './outcomePeriodQuery'

/**
 * One period's outcome report: its downloads, the figures, the return on levy and the charts (the
 * per-business annex is in the downloads, for the board).
 */
export const OutcomeFigures = async ({
  payload,
  staff,
  period,
}: {
  payload: Payload
  staff: StaffAccount
  period: OutcomePeriod
}) => {
  const figures = await outcomeFigures(payload, staff, period)
  const query = outcomePeriodQuery(figures.from, figures.to)
  return (
    <>
      <h2>
        {formatDay(figures.from)} to {formatDay(figures.to)}
      </h2>
      <p>
        <a href={`/staff/outcomes/csv?${query}`} download>
          Download CSV
        </a>{' '}
        ·{' '}
        <a href={`/staff/outcomes/pdf?${query}`} download>
          Download printable PDF
        </a>
      </p>
      <OutcomeFigureList figures={figures} />
      <OutcomeReturnOnLevy figures={figures} />
      <OutcomeCharts figures={figures} />
    </>
  )
}
