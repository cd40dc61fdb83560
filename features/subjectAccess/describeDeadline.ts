import { differenceInCalendarDays } from 'date-fns'
import { inUtc } from '@/lib/time/zones'

/**
 * "Due in 12 days", "Due today" or "Overdue by 3 days", counted in whole calendar days (UTC dates), so the
 * figure does not change with the time of day the page is opened.
 */
export const describeDeadline = (dueAt: string | null | undefined, now = new Date()) => {
  if (!dueAt) return { text: 'No deadline yet', days: null, overdue: false }
  const days = differenceInCalendarDays(dueAt, now, { in: inUtc })
  const plural = (count: number) => `${count} day${count === 1 ? '' : 's'}`
  if (days === 0) return { text: 'Due today', days, overdue: false }
  if (days > 0) return { text: `Due in ${plural(days)}`, days, overdue: false }
  return { text: `Overdue by ${plural(-days)}`, days, overdue: true }
}
