import { format, isSameDay } from 'date-fns'
import { inLondon } from '@/lib/time/zones'

const day = (date: string) => format(date, 'EEEE, d MMMM yyyy', { in: inLondon })
const time = (date: string) => format(date, 'h:mm aaa', { in: inLondon })

/**
 * When an event runs, in UK time whatever the server's zone: "Thursday, 10 December 2026, 6:00 pm to 8:00 pm",
 * with the end day repeated only when it differs.
 */
export const formatEventTime = (startsAt: string, endsAt?: string | null): string => {
  const startText = `${day(startsAt)}, ${time(startsAt)}`
  if (!endsAt) return startText
  const sameDay = isSameDay(startsAt, endsAt, { in: inLondon })
  return `${startText} to ${sameDay ? '' : `${day(endsAt)}, `}${time(endsAt)}`
}
