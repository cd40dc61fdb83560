import { getHours, getISODay } from 'date-fns'
import { toLondonDate } from '@/lib/time/toLondonDate'
import type { DayHourMatrix, PatternIncident } from './types'

/**
 * A 7 × 24 matrix of incidents by weekday (row 0 = Monday) and hour, in UK local time
 * (Europe/London), because "Friday after school" is a pattern on the shop's clock, not UTC's.
 * Rows with an unreadable timestamp are skipped.
 */
export const byDayAndHour = (incidents: readonly PatternIncident[]): DayHourMatrix => {
  const matrix: DayHourMatrix = Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => 0))
  for (const incident of incidents) {
    const local = toLondonDate(incident.occurredAt)
    if (local) matrix[getISODay(local) - 1][getHours(local)] += 1
  }
  return matrix
}
