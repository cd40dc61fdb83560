import { isoWeekLabel } from '@/lib/time/isoWeekLabel'
import { weekStartsBetween } from '@/lib/time/weekStartsBetween'
import type { WeekCount } from './types'

/**
 * Every ISO week from the week of `first` to the week of `last` (YYYY-MM-DD days), with its count from
 * `countsByWeekStart` (keyed by Monday), empty weeks as 0 so a quiet spell shows as a gap.
 */
export const weekCounts = (
  first: string,
  last: string,
  countsByWeekStart: ReadonlyMap<string, number>,
): WeekCount[] =>
  weekStartsBetween(first, last).map((weekStart) => ({
    weekStart,
    isoWeek: isoWeekLabel(weekStart),
    count: countsByWeekStart.get(weekStart) ?? 0,
  }))
