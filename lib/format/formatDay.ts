import { format, parseISO } from 'date-fns'
import { inUtc } from '@/lib/time/zones'

// The date strings are UK calendar days already; reading them on the UTC calendar keeps them from shifting.
const dayOf = (isoDate: string) => parseISO(isoDate, { in: inUtc })

/** "6 Jan 2025" for a YYYY-MM-DD day. */
export const formatDay = (isoDate: string): string => format(dayOf(isoDate), 'd MMM yyyy')

/** "6 Jan" for a YYYY-MM-DD day: chart ticks, where the year would crowd the axis. */
export const formatShortDay = (isoDate: string): string => format(dayOf(isoDate), 'd MMM')
