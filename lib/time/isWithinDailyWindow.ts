import { format } from 'date-fns'
import { inLondon } from './zones'

const clock = /^([01]\d|2[0-3]):[0-5]\d$/

/**
 * Whether `now`, on the UK clock, falls in the daily window from `start` to `end` ("HH:mm", London time).
 * A window that crosses midnight (22:00 to 07:00) is the usual case for quiet hours. Equal or missing ends
 * mean no window.
 */
export const isWithinDailyWindow = (now: Date, start?: string | null, end?: string | null): boolean => {
  if (!start || !end || !clock.test(start) || !clock.test(end) || start === end) return false
  const time = format(now, 'HH:mm', { in: inLondon })
  return start < end ? time >= start && time < end : time >= start || time < end
}
