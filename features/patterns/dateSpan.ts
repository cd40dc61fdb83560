import { isoDayOf } from '@/lib/time/isoDayOf'
import { toLondonDate } from '@/lib/time/toLondonDate'
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
  // A loop rather than a sort: a scheme report can hold many rows. ISO days compare as text.
  let dated = 0
  let firstDate: string | null = null
  let lastDate: string | null = null
  for (const incident of incidents) {
    const local = toLondonDate(incident.occurredAt)
    if (!local) continue
    const day = isoDayOf(local)
    dated += 1
    if (firstDate === null || day < firstDate) firstDate = day
    if (lastDate === null || day > lastDate) lastDate = day
  }
  return { dated, firstDate, lastDate }
}
