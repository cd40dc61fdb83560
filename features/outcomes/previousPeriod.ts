import { differenceInCalendarDays, parseISO, subDays } from 'date-fns'
import { isoDayOf } from '@/lib/time/isoDayOf'
import { londonDayBounds } from '@/lib/time/londonDayBounds'
import { inUtc } from '@/lib/time/zones'
import type { OutcomePeriod } from './outcomePeriod'

/**
 * The period of the same number of UK days that ends the day before `period` starts: September's report
 * is compared with the 30 days before it, a quarter with the same number of days before it.
 */
export const previousPeriod = (period: OutcomePeriod): OutcomePeriod => {
  const first = parseISO(period.from, { in: inUtc })
  const days = differenceInCalendarDays(parseISO(period.to, { in: inUtc }), first) + 1
  const from = isoDayOf(subDays(first, days))
  const to = isoDayOf(subDays(first, 1))
  const start = londonDayBounds(from)?.start
  const end = londonDayBounds(to)?.end
  if (!start || !end) throw new Error(`No previous period for ${period.from} to ${period.to}`)
  return { from, to, start, end }
}
