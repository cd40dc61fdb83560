import { tz } from '@date-fns/tz'
import { utc } from '@date-fns/utc'

/** The scheme runs on the UK clock: its calendar days, hours and weeks are London's, whatever the server's zone. */
export const londonZone = 'Europe/London'

/** date-fns context (`{ in: inLondon }`): do the calendar arithmetic on London's calendar and clock. */
export const inLondon = tz(londonZone)

/**
 * date-fns context for calendar days that are already dates, not instants: their days are exactly 24 hours.
 * `UTCDate` (@date-fns/utc), not `tz('UTC')`: a TZDate asks Intl for the zone's offset on every change, and
 * the week and day arithmetic of one profile's charts spent about 40 ms of CPU there (bench/RESULTS.md,
 * 2026-12-04); UTC needs no offset at all.
 */
export const inUtc = utc
