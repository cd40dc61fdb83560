import { isoDayOf } from '@/lib/time/isoDayOf'
import { toLondonDate } from '@/lib/time/toLondonDate'

/** The UK calendar day (YYYY-MM-DD) of a stored or entered levy-period date; null when there is none. */
export const levyDayOf = (value: unknown): string | null => {
  if (typeof value !== 'string' && !(value instanceof Date)) return null
  const day = toLondonDate(value)
  return day ? isoDayOf(day) : null
}
