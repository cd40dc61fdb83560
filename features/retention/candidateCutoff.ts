import { millisecondsInDay } from 'date-fns/constants'
import { addMonths } from '@/lib/time/addMonths'

const slackMs = 4 * millisecondsInDay

/**
 * The date before which a record may be due, for the database query. Calendar months differ in length
 * (31 January + 1 month = 28 February), so this is a few days generous; whether each record is really
 * due is then decided with `addMonths` forwards, exactly as the admin countdown says.
 */
export const candidateCutoff = (now: Date, months: number): string =>
  new Date(addMonths(now, -months).getTime() + slackMs).toISOString()
