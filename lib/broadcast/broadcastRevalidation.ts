import { logger } from '@/lib/log/logger'
import { broadcastState } from './broadcastState'
import { publishRevalidation } from './publishRevalidation'

/**
 * Publishes a purge to the other instances without holding up the save that caused it (hooks are
 * synchronous); a failure is logged, and the pages it missed still refresh at their hourly revalidation.
 * Only a server process that listens (instrumentation started the broadcast) publishes: scripts and tests
 * run outside any app instance.
 */
export const broadcastRevalidation = (tags: string[]): void => {
  if (!tags.length || !broadcastState().started) return
  publishRevalidation(tags).catch((error: Error & { code?: string }) => {
    logger.warn({ msg: 'Could not broadcast a page-cache purge to the other instances', code: error.code })
  })
}
