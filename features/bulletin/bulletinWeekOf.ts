import { addDays, startOfISOWeek, subWeeks } from 'date-fns'
import { isoDayOf } from '@/lib/time/isoDayOf'
import { isoWeekLabel } from '@/lib/time/isoWeekLabel'
import { londonDayBounds } from '@/lib/time/londonDayBounds'
import { inLondon } from '@/lib/time/zones'

/** One UK week, Monday to Sunday, that a bulletin covers. */
export type BulletinWeek = {
  /** ISO week label, e.g. 2026-W49: the key that makes each week's bulletin go once. */
  key: string
  /** Monday and Sunday, YYYY-MM-DD. */
  from: string
  to: string
  /** When Monday starts in London, and when the next Monday starts (exclusive). */
  start: Date
  end: Date
}

/**
 * The last complete UK week before `now`: run on a Monday morning, the bulletin covers Monday to Sunday
 * just gone, on London's calendar (so BST never moves a Sunday-night briefing into the wrong week).
 */
export const bulletinWeekOf = (now: Date): BulletinWeek => {
  const monday = subWeeks(startOfISOWeek(now, { in: inLondon }), 1)
  const from = isoDayOf(monday)
  const to = isoDayOf(addDays(monday, 6))
  const first = londonDayBounds(from)
  const last = londonDayBounds(to)
  if (!first || !last) throw new Error(`No bulletin week for ${now.toISOString()}`)
  return { key: isoWeekLabel(from), from, to, start: first.start, end: last.end }
}
