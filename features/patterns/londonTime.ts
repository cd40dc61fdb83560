/**
 * Where an instant falls on the UK calendar and clock. Incidents are reported in UK local time, so a
 * 23:30 UTC theft in July happened at 00:30 the next day as far as the shop, the police and the
 * pattern are concerned. Intl does the daylight-saving arithmetic so we never hand-code BST rules.
 */

// One formatter for the process: building an Intl.DateTimeFormat is far dearer than using one.
const londonFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  // h23, not hour12: false, which some engines render as "24" at midnight.
  hourCycle: 'h23',
})

const msPerDay = 86_400_000

export type LondonTime = {
  /** Days since 1970-01-01 of the UK calendar date: plain integers make week arithmetic DST-proof. */
  dayNumber: number
  /** 0 = Monday … 6 = Sunday. */
  weekdayIndex: number
  /** 0–23, UK local. */
  hour: number
}

/** The weekday (0 = Monday) of a day number; 1970-01-01 was a Thursday. */
export const weekdayIndexOf = (dayNumber: number): number => (((dayNumber + 3) % 7) + 7) % 7

/** UK calendar day and hour of an instant, or null when the timestamp cannot be read. */
export const toLondonTime = (instant: string | Date): LondonTime | null => {
  const date = typeof instant === 'string' ? new Date(instant) : instant
  if (Number.isNaN(date.getTime())) return null
  const parts: Record<string, number> = {}
  for (const part of londonFormat.formatToParts(date)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value)
  }
  const dayNumber = Date.UTC(parts.year, parts.month - 1, parts.day) / msPerDay
  return { dayNumber, weekdayIndex: weekdayIndexOf(dayNumber), hour: parts.hour }
}

/** YYYY-MM-DD of a day number. */
export const isoDateOf = (dayNumber: number): string =>
  new Date(dayNumber * msPerDay).toISOString().slice(0, 10)
