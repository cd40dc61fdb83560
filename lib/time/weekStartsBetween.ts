import { eachWeekOfInterval, parseISO } from 'date-fns'
import { isoDayOf } from './isoDayOf'
import { inUtc } from './zones'

/** The Mondays (YYYY-MM-DD) of the ISO weeks from the week of `first` to the week of `last`, both days included. */
export const weekStartsBetween = (first: string, last: string): string[] =>
  first > last
    ? []
    : eachWeekOfInterval(
        { start: parseISO(first, { in: inUtc }), end: parseISO(last, { in: inUtc }) },
        { weekStartsOn: 1, in: inUtc },
      ).map(isoDayOf)
