import { subWeeks } from 'date-fns'
import { isoDayOf } from '@/lib/time/isoDayOf'
import { toLondonDate } from '@/lib/time/toLondonDate'
import { weekStartOf } from '@/lib/time/weekStartOf'
import type { LastWeeksOptions, PatternIncident, WeekCount } from './types'
import { weekCounts } from './weekCounts'

/**
 * Incidents per ISO week (Monday-first, UK calendar), with empty weeks as 0 so a quiet spell shows as a
 * gap rather than disappearing. Without options the weeks run from the first incident's week to the
 * last's; with `{ weeks, now }` they are the last `weeks` weeks ending with the week of `now`, and rows
 * outside that window are left out. Rows with an unreadable timestamp are skipped.
 */
export const byWeek = (incidents: readonly PatternIncident[], options?: LastWeeksOptions): WeekCount[] => {
  const countsByWeekStart = new Map<string, number>()
  for (const incident of incidents) {
    const local = toLondonDate(incident.occurredAt)
    if (!local) continue
    const weekStart = weekStartOf(local)
    countsByWeekStart.set(weekStart, (countsByWeekStart.get(weekStart) ?? 0) + 1)
  }
  return weeksFromCounts(countsByWeekStart, options)
}

/** The weeks of byWeek from counts already made per week (keyed by its Monday, YYYY-MM-DD), e.g. by the database. */
export const weeksFromCounts = (
  countsByWeekStart: ReadonlyMap<string, number>,
  options?: LastWeeksOptions,
): WeekCount[] => {
  if (options) {
    const now = toLondonDate(options.now)
    const weeks = Math.floor(options.weeks)
    if (!now || !(weeks > 0)) return []
    return weekCounts(isoDayOf(subWeeks(now, weeks - 1)), isoDayOf(now), countsByWeekStart)
  }
  if (countsByWeekStart.size === 0) return []
  // A loop, not a sort or a spread: a scheme's years of weeks would be copied for nothing. ISO days compare as text.
  let first = ''
  let last = ''
  for (const weekStart of countsByWeekStart.keys()) {
    if (!first || weekStart < first) first = weekStart
    if (weekStart > last) last = weekStart
  }
  return weekCounts(first, last, countsByWeekStart)
}
