import { addMonths as addCalendarMonths } from 'date-fns'
import { inUtc } from './zones'

/**
 * Adds calendar months, keeping the day where it exists and otherwise the month's last day
 * (31 January + 1 month = 28/29 February), as a notice served on the 31st would be read. Counted on the UTC
 * calendar, so a date stored as midnight UTC stays midnight UTC.
 */
export const addMonths = (date: Date, months: number): Date =>
  new Date(addCalendarMonths(date, months, { in: inUtc }).getTime())
