import { tz } from '@date-fns/tz'

/** The scheme runs on the UK clock: its calendar days, hours and weeks are London's, whatever the server's zone. */
export const londonZone = 'Europe/London'

/** date-fns context (`{ in: inLondon }`): do the calendar arithmetic on London's calendar and clock. */
export const inLondon = tz(londonZone)

/** date-fns context for calendar days that are already dates, not instants: their days are exactly 24 hours. */
export const inUtc = tz('UTC')
