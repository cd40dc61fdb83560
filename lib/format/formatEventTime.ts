const zone = 'Europe/London'
const dayFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: zone,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
})
const timeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: zone,
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
})

/**
 * When an event runs, in UK time whatever the server's zone: "Thursday, 10 December 2026, 6:00 pm to 8:00 pm",
 * with the end day repeated only when it differs.
 */
export const formatEventTime = (startsAt: string, endsAt?: string | null): string => {
  const start = new Date(startsAt)
  const startText = `${dayFormat.format(start)}, ${timeFormat.format(start)}`
  if (!endsAt) return startText
  const end = new Date(endsAt)
  const sameDay = dayFormat.format(end) === dayFormat.format(start)
  return `${startText} to ${sameDay ? '' : `${dayFormat.format(end)}, `}${timeFormat.format(end)}`
}
