import { startOfMonth, startOfQuarter, subDays, subMonths, subQuarters } from 'date-fns'
import { isoDayOf } from '@/lib/time/isoDayOf'
import { inLondon } from '@/lib/time/zones'

export type OutcomePreset = { label: string; from: string; to: string }

/**
 * The board's usual periods, as whole calendar months before today's month in UK time: last month, last
 * quarter (the previous January–March, April–June, …) and the last 12 complete months.
 */
export const outcomePresets = (now = new Date()): OutcomePreset[] => {
  const thisMonth = startOfMonth(now, { in: inLondon })
  const thisQuarter = startOfQuarter(thisMonth)
  const endOfLastMonth = isoDayOf(subDays(thisMonth, 1))
  return [
    { label: 'Last month', from: isoDayOf(subMonths(thisMonth, 1)), to: endOfLastMonth },
    {
      label: 'Last quarter',
      from: isoDayOf(subQuarters(thisQuarter, 1)),
      to: isoDayOf(subDays(thisQuarter, 1)),
    },
    { label: 'Last 12 months', from: isoDayOf(subMonths(thisMonth, 12)), to: endOfLastMonth },
  ]
}
