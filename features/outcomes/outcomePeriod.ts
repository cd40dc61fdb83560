import { differenceInCalendarDays } from 'date-fns'
import { earliestIncidentDay } from '@/collections/Incidents/rules/incidentDateLimits'
import { londonDayBounds } from '@/lib/time/londonDayBounds'
import { inLondon } from '@/lib/time/zones'

/** A reporting period of whole UK calendar days, `from` to `to` inclusive. */
export type OutcomePeriod = {
  /** YYYY-MM-DD, first day. */
  from: string
  /** YYYY-MM-DD, last day (inclusive). */
  to: string
  /** The instant the first day starts in London. */
  start: Date
  /** The instant the day after `to` starts in London (exclusive end). */
  end: Date
}

/** The longest period one report covers: enough for multi-year board reviews, bounded for the database. */
export const maxPeriodDays = 5 * 366

/**
 * A period from two YYYY-MM-DD days read as UK calendar days (so a report for September starts at
 * midnight London time, BST or not). Returns a message for anything else.
 */
export const outcomePeriod = (from: string, to: string): OutcomePeriod | { error: string } => {
  const first = londonDayBounds(from)
  const last = londonDayBounds(to)
  if (!first || !last) return { error: 'Enter both dates as real days (YYYY-MM-DD).' }
  // No incident is dated earlier, so an earlier start only widens the query.
  if (from < earliestIncidentDay) return { error: 'The period cannot start before 2000.' }
  if (from > to) return { error: 'The start date must be on or before the end date.' }
  if (differenceInCalendarDays(last.end, first.start, { in: inLondon }) > maxPeriodDays) {
    return { error: 'Choose a period of at most five years.' }
  }
  return { from, to, start: first.start, end: last.end }
}
