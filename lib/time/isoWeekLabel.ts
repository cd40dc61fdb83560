import { format, parseISO } from 'date-fns'
import { inUtc } from './zones'

/**
 * The ISO 8601 week label (YYYY-Www) of the week containing a YYYY-MM-DD day. The ISO year is the year of
 * the week's Thursday, which is why 2024-12-30 is 2025-W01 and 2021-01-03 belongs to 2020-W53.
 */
export const isoWeekLabel = (day: string): string => format(parseISO(day, { in: inUtc }), "RRRR-'W'II")
