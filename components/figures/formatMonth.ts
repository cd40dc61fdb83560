import { format, parse } from 'date-fns'
import { inUtc } from '@/lib/time/zones'

/** "Mar 2025" for a YYYY-MM month (already a UK calendar month, so read on the UTC calendar). */
export const formatMonth = (month: string): string =>
  format(parse(month, 'yyyy-MM', new Date(), { in: inUtc }), 'MMM yyyy')
