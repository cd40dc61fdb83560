import { addMonths, format, startOfMonth } from 'date-fns'
import type { OutcomePeriod } from '@/features/outcomes/outcomePeriod'
import { londonDayBounds } from '@/lib/time/londonDayBounds'
import { inLondon } from '@/lib/time/zones'

/** Every UK calendar month (YYYY-MM) the period touches, in order, so a quiet month shows as 0. */
export const monthsOf = (period: Pick<OutcomePeriod, 'from' | 'to'>): string[] => {
  const first = londonDayBounds(period.from)
  const last = period.to.slice(0, 7)
  if (!first) return []
  const months: string[] = []
  for (let month = startOfMonth(first.start, { in: inLondon }); ; month = addMonths(month, 1)) {
    const key = format(month, 'yyyy-MM')
    if (key > last) break
    months.push(key)
  }
  return months
}
