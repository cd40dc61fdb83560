import { addDays, isValid, parse } from 'date-fns'
import { inLondon } from './zones'

// date-fns also reads one-digit months and days for these tokens; a day is always written in full.
const isoDayShape = /^\d{4}-\d{2}-\d{2}$/

/**
 * When a UK calendar day ("YYYY-MM-DD") starts and ends, as instants: "2026-07-01" starts at 23:00 UTC the
 * day before. `end` is the next day's start (a clock-change day is 23 or 25 hours). Null for anything that
 * is not a real day (2026-02-30).
 */
export const londonDayBounds = (day: string): { start: Date; end: Date } | null => {
  if (!isoDayShape.test(day)) return null
  const start = parse(day, 'yyyy-MM-dd', new Date(), { in: inLondon })
  if (!isValid(start)) return null
  return { start: new Date(start.getTime()), end: new Date(addDays(start, 1).getTime()) }
}
