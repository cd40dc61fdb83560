import { TZDate } from '@date-fns/tz'
import { isValid } from 'date-fns'
import { londonZone } from './zones'

/**
 * An instant on the UK calendar and clock, for date-fns to read: a 23:30 UTC theft in July happened at
 * 00:30 the next day as far as the shop, the police and the pattern are concerned. Null when unreadable.
 */
export const toLondonDate = (instant: string | Date): TZDate | null => {
  const local = new TZDate(new Date(instant).getTime(), londonZone)
  return isValid(local) ? local : null
}
