const format = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/London',
})

/** "3 March 2026", in UK time: how retention dates read to staff. */
export const longDate = (date: Date | string): string => format.format(new Date(date))
