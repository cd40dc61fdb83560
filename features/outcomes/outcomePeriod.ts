import { londonLocalToUtc } from '@/lib/time/londonTime'

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

const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/

const isRealDay = (day: string) => {
  const match = isoDay.exec(day)
  if (!match) return false
  const date = new Date(`${day}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day
}

const nextDay = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)

/** The longest period one report covers: enough for multi-year board reviews, bounded for the database. */
export const maxPeriodDays = 5 * 366

/**
 * A period from two YYYY-MM-DD days read as UK calendar days (so a report for September starts at
 * midnight London time, BST or not). Returns a message for anything else.
 */
export const outcomePeriod = (from: string, to: string): OutcomePeriod | { error: string } => {
  if (!isRealDay(from) || !isRealDay(to)) return { error: 'Enter both dates as real days (YYYY-MM-DD).' }
  if (from < '2000-01-01') return { error: 'The period cannot start before 2000.' }
  if (from > to) return { error: 'The start date must be on or before the end date.' }
  const start = londonLocalToUtc(`${from}T00:00`)
  const end = londonLocalToUtc(`${nextDay(to)}T00:00`)
  if (!start || !end) return { error: 'Enter both dates as real days (YYYY-MM-DD).' }
  if (end.getTime() - start.getTime() > maxPeriodDays * 86_400_000) {
    return { error: 'Choose a period of at most five years.' }
  }
  return { from, to, start, end }
}
