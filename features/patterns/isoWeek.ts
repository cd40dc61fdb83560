import { weekdayIndexOf } from './londonTime'

const msPerDay = 86_400_000

/** Day number of the Monday starting the week that contains `dayNumber`. */
export const mondayOf = (dayNumber: number): number => dayNumber - weekdayIndexOf(dayNumber)

/**
 * The ISO 8601 week label (YYYY-Www) of the week starting on `monday`. The ISO year is the year of the
 * week's Thursday, which is why 2024-12-30 is 2025-W01 and 2021-01-03 belongs to 2020-W53.
 */
export const isoWeekLabel = (monday: number): string => {
  const thursday = monday + 3
  const year = new Date(thursday * msPerDay).getUTCFullYear()
  const firstDayOfYear = Date.UTC(year, 0, 1) / msPerDay
  const week = Math.floor((thursday - firstDayOfYear) / 7) + 1
  return `${year}-W${String(week).padStart(2, '0')}`
}
