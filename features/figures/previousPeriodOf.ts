import { differenceInCalendarDays, subDays } from 'date-fns'
import type { OutcomePeriod } from '@/features/outcomes/outcomePeriod'
import { isoDayOf } from '@/lib/time/isoDayOf'
import { londonDayBounds } from '@/lib/time/londonDayBounds'
import { inLondon } from '@/lib/time/zones'

/**
 * The period of the same number of UK calendar days that ends the day before `period` starts: the trend's
 * baseline. Counted in days, not hours, so a period across a clock change compares with whole days too.
 */
export const previousPeriodOf = (period: OutcomePeriod): OutcomePeriod => {
  const first = londonDayBounds(period.from)
  const last = londonDayBounds(period.to)
  if (!first || !last) throw new Error('A period is made of real days.')
  const days = differenceInCalendarDays(last.start, first.start, { in: inLondon }) + 1
  const from = isoDayOf(subDays(first.start, days, { in: inLondon }))
  const to = isoDayOf(subDays(first.start, 1, { in: inLondon }))
  const start = londonDayBounds(from)
  if (!start) throw new Error('A period is made of real days.')
  return { from, to, start: start.start, end: first.start }
}
