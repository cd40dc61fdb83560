import type { Where } from 'payload'

/** Reports that happened from `start` (inclusive) to `end` (exclusive), as a Where over incidents. */
export const inPeriodWhere = (start: Date, end: Date): Where => ({
  and: [
    { occurredAt: { greater_than_equal: start.toISOString() } },
    { occurredAt: { less_than: end.toISOString() } },
  ],
})
