import { format } from 'date-fns'

/** YYYY-MM-DD of a date on its own calendar (a London date gives London's day). */
export const isoDayOf = (date: Date): string => format(date, 'yyyy-MM-dd')
