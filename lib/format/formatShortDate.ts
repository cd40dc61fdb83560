import { format } from 'date-fns'
import { inLondon } from '@/lib/time/zones'

/** "26 Nov 2026", the UK day of an instant where space is short (a photo's watermark). */
export const formatShortDate = (date: Date | string): string => format(date, 'd MMM yyyy', { in: inLondon })
