import { startOfISOWeek } from 'date-fns'
import { isoDayOf } from './isoDayOf'

/** The Monday (YYYY-MM-DD) starting the ISO week of a date, on the date's own calendar. */
export const weekStartOf = (date: Date): string => isoDayOf(startOfISOWeek(date))
