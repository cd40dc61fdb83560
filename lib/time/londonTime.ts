/**
 * Reports are made in UK local time: a phone's `datetime-local` value ("2026-11-26T14:05") has no zone,
 * so it is read as Europe/London, whatever the server's own zone is.
 */
const zone = 'Europe/London'

const partsIn = (date: Date) => {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(date)
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '00'
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`
}

/** Now, as a London wall-clock value for a `datetime-local` input. */
export const londonNowLocal = (now = new Date()): string => partsIn(now)

/** A London wall-clock value ("YYYY-MM-DDTHH:mm") as an instant; null when it is not such a value. */
export const londonLocalToUtc = (local: string): Date | null => {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local)
  if (!match) return null
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number]
  const guess = new Date(Date.UTC(y, mo - 1, d, h, mi))
  // Date.UTC rolls 30 February over to 2 March: a value that does not read back is not a real date.
  const real =
    guess.getUTCFullYear() === y &&
    guess.getUTCMonth() === mo - 1 &&
    guess.getUTCDate() === d &&
    guess.getUTCHours() === h &&
    guess.getUTCMinutes() === mi
  if (!real) return null
  // London is UTC or UTC+1: try both offsets and keep the one that reads back as the same wall time.
  for (const offsetHours of [0, 1]) {
    const candidate = new Date(guess.getTime() - offsetHours * 3_600_000)
    if (partsIn(candidate) === local) return candidate
  }
  return guess // a wall time skipped by the spring clock change: take it as UTC
}
