import type { ReactNode } from 'react'
import type { DayAndWeek } from '@/features/today/todayInTown'
import { CountText } from './CountText'

type Row = DayAndWeek & { key: string; name: ReactNode }

/** A small table of names with today's and this week's counts: three narrow columns fit a phone. */
export const DayWeekTable = ({
  caption,
  heading,
  rows,
}: {
  caption: string
  heading: string
  rows: Row[]
}) => (
  <table className="w-full border-collapse text-left">
    <caption className="sr-only">{caption}</caption>
    <thead>
      <tr className="border-b border-slate-300 text-sm text-slate-700">
        <th scope="col" className="py-2 pr-2 font-semibold">
          {heading}
        </th>
        <th scope="col" className="w-20 py-2 text-right font-semibold">
          Today
        </th>
        <th scope="col" className="w-24 py-2 text-right font-semibold">
          This week
        </th>
      </tr>
    </thead>
    <tbody>
      {rows.map((row) => (
        <tr key={row.key} className="border-b border-slate-200">
          <th scope="row" className="py-2 pr-2 font-normal">
            {row.name}
          </th>
          <td className="py-2 text-right tabular-nums">
            <CountText count={row.today} />
          </td>
          <td className="py-2 text-right tabular-nums">
            <CountText count={row.week} />
          </td>
        </tr>
      ))}
    </tbody>
  </table>
)
