import { isoWeekLabel, mondayOf } from './isoWeek'
import { isoDateOf, toLondonTime } from './londonTime'
import type { LastWeeksOptions, PatternIncident, WeekCount } from './types'

/**
 * Incidents per ISO week (Monday-first, UK calendar), with empty weeks as 0 so a quiet spell shows as a
 * gap rather than disappearing. Without options the weeks run from the first incident's week to the
 * last's; with `{ weeks, now }` they are the last `weeks` weeks ending with the week of `now`, and rows
 * outside that window are left out. Rows with an unreadable timestamp are skipped.
 */
export const byWeek = (incidents: readonly PatternIncident[], options?: LastWeeksOptions): WeekCount[] => {
  const countsByMonday = new Map<number, number>()
  for (const incident of incidents) {
    const time = toLondonTime(incident.occurredAt)
    if (!time) continue
    const monday = mondayOf(time.dayNumber)
    countsByMonday.set(monday, (countsByMonday.get(monday) ?? 0) + 1)
  }
  return weeksFromCounts(countsByMonday, options)
}

/** The weeks of byWeek from counts already made per Monday (day number), e.g. by the database. */
export const weeksFromCounts = (
  countsByMonday: ReadonlyMap<number, number>,
  options?: LastWeeksOptions,
): WeekCount[] => {
  let firstMonday: number
  let lastMonday: number
  if (options) {
    const now = toLondonTime(options.now)
    const weeks = Math.floor(options.weeks)
    if (!now || !(weeks > 0)) return []
    lastMonday = mondayOf(now.dayNumber)
    firstMonday = lastMonday - (weeks - 1) * 7
  } else {
    if (countsByMonday.size === 0) return []
    // A loop, not Math.min(...keys): spreading a scheme's years of weeks into arguments can overflow the stack.
    firstMonday = Number.POSITIVE_INFINITY
    lastMonday = Number.NEGATIVE_INFINITY
    for (const monday of countsByMonday.keys()) {
      firstMonday = Math.min(firstMonday, monday)
      lastMonday = Math.max(lastMonday, monday)
    }
  }

  const result: WeekCount[] = []
  for (let monday = firstMonday; monday <= lastMonday; monday += 7) {
    result.push({
      weekStart: isoDateOf(monday),
      isoWeek: isoWeekLabel(monday),
      count: countsByMonday.get(monday) ?? 0,
    })
  }
  return result
}
