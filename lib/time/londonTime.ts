import { format, isValid, parse } from 'date-fns'
import { inLondon } from './zones'

/**
 * Reports are made in UK local time: a phone's `datetime-local` value ("2026-11-26T14:05") has no zone,
 * so it is read as Europe/London, whatever the server's own zone is.
 */
const wallClock = "yyyy-MM-dd'T'HH:mm"
// date-fns also reads one-digit months and hours for these tokens; the inputs always send two.
const wallClockShape = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/

/** Now, as a London wall-clock value for a `datetime-local` input. */
export const londonNowLocal = (now = new Date()): string => format(now, wallClock, { in: inLondon })

/**
 * A London wall-clock value ("YYYY-MM-DDTHH:mm") as an instant; null when it is not such a value or not a
 * real date (30 February). In the autumn hour that happens twice the later (GMT) one is taken; a time the
 * spring change skips reads as the same clock time in UTC.
 */
export const londonLocalToUtc = (local: string): Date | null => {
  if (!wallClockShape.test(local)) return null
  const instant = parse(local, wallClock, new Date(), { in: inLondon })
  return isValid(instant) ? new Date(instant.getTime()) : null
}
