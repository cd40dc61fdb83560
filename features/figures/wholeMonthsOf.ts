import { lastDayOfMonth } from 'date-fns'
import { type OutcomePeriod, outcomePeriod } from '@/features/outcomes/outcomePeriod'

/**
 * A period widened to whole calendar months (the first of its first month to the last day of its last).
 * A business manager's figures use it: the scheme average beside them is a total divided by a count of
 * businesses, and two periods a day apart would give the scheme's total for that one day, which can be one
 * neighbour's. Whole months give nothing the by-month table does not already show.
 */
export const wholeMonthsOf = (period: OutcomePeriod): OutcomePeriod => {
  const from = `${period.from.slice(0, 7)}-01`
  const to = lastDayOfMonth(new Date(`${period.to.slice(0, 7)}-01T12:00:00Z`))
    .toISOString()
    .slice(0, 10)
  const widened = outcomePeriod(from, to)
  // The limits (five years at most) are checked on the period asked for; a month either side cannot
  // break them except at the very edge, where the asked period stands.
  return 'error' in widened ? period : widened
}
