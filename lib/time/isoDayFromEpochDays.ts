import { addDays } from 'date-fns'
import { isoDayOf } from './isoDayOf'
import { inUtc } from './zones'

/** YYYY-MM-DD of a count of days since 1970-01-01, as PostgreSQL gives `day - DATE '1970-01-01'`. */
export const isoDayFromEpochDays = (days: number): string => isoDayOf(addDays(0, days, { in: inUtc }))
