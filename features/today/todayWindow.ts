import { addDays, addWeeks, startOfDay, startOfISOWeek } from 'date-fns'
import { inLondon } from '@/lib/time/zones'

/** Today and this week (Monday to Sunday) on the UK calendar, as instants: [start, end). */
export type TodayWindow = { dayStart: Date; dayEnd: Date; weekStart: Date; weekEnd: Date }

/** The UK day and ISO week holding `now`, whatever the server's own zone (a clock-change day is 23 or 25 h). */
export const todayWindow = (now = new Date()): TodayWindow => {
  const day = startOfDay(now, { in: inLondon })
  const week = startOfISOWeek(now, { in: inLondon })
  return {
    dayStart: new Date(day.getTime()),
    dayEnd: new Date(addDays(day, 1).getTime()),
    weekStart: new Date(week.getTime()),
    weekEnd: new Date(addWeeks(week, 1).getTime()),
  }
}
