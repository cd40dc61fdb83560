import { addMinutes, parseISO } from 'date-fns'
import { isoDayOf } from '@/lib/time/isoDayOf'
import { inLondon } from '@/lib/time/zones'

/** The first UK calendar day an incident may be dated: the scheme keeps no older records. */
export const earliestIncidentDay = '2000-01-01'

const earliestInstant = parseISO(earliestIncidentDay, { in: inLondon })

// A phone's clock may run a little ahead of the server's: a report of "now" is not in the future.
const clockSlackMinutes = 5

export type IncidentDateProblem = 'future' | 'too-long-ago'

/** What is wrong with when an incident happened, to the minute: the collection and the report form ask. */
export const incidentTimeProblem = (occurredAt: Date, now = new Date()): IncidentDateProblem | null => {
  if (occurredAt > addMinutes(now, clockSlackMinutes)) return 'future'
  if (occurredAt < earliestInstant) return 'too-long-ago'
  return null
}

/** The same limits for a day (YYYY-MM-DD, UK calendar) whose time is not known yet: the import asks. */
export const incidentDayProblem = (day: string, now = new Date()): IncidentDateProblem | null => {
  if (day > isoDayOf(inLondon(now))) return 'future'
  if (day < earliestIncidentDay) return 'too-long-ago'
  return null
}
