import { format } from 'date-fns'
import { inLondon } from '@/lib/time/zones'

/** "3 March 2026", the UK day of an instant: retention dates, published news, evidence packs. */
export const formatLongDate = (date: Date | string): string => format(date, 'd MMMM yyyy', { in: inLondon })
