import { format } from 'date-fns'
import { inLondon } from '@/lib/time/zones'

/**
 * "Thu, 26 Nov 2026, 14:05" in UK time: how reports are dated everywhere in the members' area. The same
 * text on the server and in the browser, whatever either's zone or locale data.
 */
export const formatWhen = (iso: string | null | undefined): string =>
  iso ? format(iso, 'EEE, d MMM yyyy, HH:mm', { in: inLondon }) : '—'
