import type { CalendarDate } from './parseUkDate'

const pad = (value: number) => String(value).padStart(2, '0')

/** YYYY-MM-DD of a date read from a cell, for comparing days and building instants. */
export const isoDayOfCalendarDate = (date: CalendarDate): string =>
  `${date.year}-${pad(date.month)}-${pad(date.day)}`
