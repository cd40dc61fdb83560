// The date strings are UK calendar days already; formatting them in UTC keeps them from shifting.
const dayFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
})
const shortDayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' })

/** "6 Jan 2025" for a YYYY-MM-DD day. */
export const formatDay = (isoDate: string): string => dayFormat.format(new Date(`${isoDate}T00:00:00Z`))

/** "6 Jan" for a YYYY-MM-DD day: chart ticks, where the year would crowd the axis. */
export const formatShortDay = (isoDate: string): string =>
  shortDayFormat.format(new Date(`${isoDate}T00:00:00Z`))
