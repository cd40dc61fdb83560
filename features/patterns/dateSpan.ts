import { isoDateOf, toLondonTime } from './londonTime'
import type { PatternIncident } from './types'

export type DateSpan = {
  /** Rows whose occurredAt could be read. */
  dated: number
  /** First and last incident day as YYYY-MM-DD on the UK calendar, or null with no dated rows. */
  firstDate: string | null
  lastDate: string | null
}

/** The UK calendar days the incidents span, for captions such as "from 3 Mar 2025 to 28 Jun 2025". */
export const dateSpan = (incidents: readonly PatternIncident[]): DateSpan => {
  // A loop rather than Math.min(...days): a scheme report can hold more rows than a call has arguments.
  let dated = 0
  let firstDay = Number.POSITIVE_INFINITY
  let lastDay = Number.NEGATIVE_INFINITY
  for (const incident of incidents) {
    const time = toLondonTime(incident.occurredAt)
    if (!time) continue
    dated += 1
    firstDay = Math.min(firstDay, time.dayNumber)
    lastDay = Math.max(lastDay, time.dayNumber)
  }
  return {
    dated,
    firstDate: dated ? isoDateOf(firstDay) : null,
    lastDate: dated ? isoDateOf(lastDay) : null,
  }
}
