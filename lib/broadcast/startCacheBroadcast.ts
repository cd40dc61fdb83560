import pg from 'pg'
import { databaseUrl } from '@/lib/env/databaseUrl'
import { dropGalleryCache } from '@/lib/galleryCache/dropGalleryCache'
import { galleryChannel } from '@/lib/galleryCache/galleryChannel'
import { logger } from '@/lib/log/logger'
import { broadcastState } from './broadcastState'
import { cacheChannel } from './cacheChannel'
import { everyPageTag } from './everyPageTag'
import { expirePagesLocally } from './expirePagesLocally'
import { instanceId } from './instanceId'
import { parseRevalidationMessage } from './parseRevalidationMessage'

const firstRetryMs = 1000
const longestRetryMs = 30_000

/**
 * Listens for page-cache purges published by the other app instances (publishRevalidation.ts) on one
 * long-lived connection of its own: LISTEN needs a session that stays open, which a pooled connection is
 * not. Each message from another instance expires the same pages here. When the connection is cut
 * (PostgreSQL restart, network), it reconnects with a growing pause, and after a reconnection expires every
 * page once: a publish made while it was away would otherwise never reach this instance's cache. Started once
 * per server process by instrumentation.ts; `onTags` is there for tests.
 *
 * The same connection hears the gallery's change notices (lib/galleryCache), sent by the database itself when
 * a change to profiles commits; the gallery cache is dropped on each, and whenever the connection is lost.
 */
export const startCacheBroadcast = (
  connectionString = databaseUrl(),
  onTags: (tags: string[]) => void = expirePagesLocally,
): void => {
  const state = broadcastState()
  if (state.started) return
  state.started = true
  state.stopped = false
  let retryMs = firstRetryMs
  let everConnected = false

  const connect = async (): Promise<void> => {
    if (state.stopped) return
    const client = new pg.Client({ connectionString, application_name: 'ntars-cache-broadcast' })
    let lost = false
    const reconnect = (error?: Error) => {
      if (lost) return
      lost = true
      if (state.client === client) state.client = null
      dropGalleryCache()
      client.removeAllListeners('notification')
      client.end().catch(() => undefined)
      if (state.stopped) return
      logger.warn({ msg: 'Page-cache broadcast connection lost; reconnecting', code: codeOf(error), retryMs })
      setTimeout(() => void connect(), retryMs).unref()
      retryMs = Math.min(retryMs * 2, longestRetryMs)
    }
    client.on('error', reconnect)
    client.on('end', () => reconnect())
    client.on('notification', (notification) => {
      if (notification.channel === galleryChannel) return dropGalleryCache()
      if (notification.channel !== cacheChannel) return
      const message = parseRevalidationMessage(notification.payload)
      if (!message || message.from === instanceId()) return
      onTags(message.tags)
    })
    try {
      await client.connect()
      await client.query(`LISTEN ${cacheChannel}`)
      await client.query(`LISTEN ${galleryChannel}`)
    } catch (error) {
      reconnect(error instanceof Error ? error : undefined)
      return
    }
    if (lost) return
    dropGalleryCache()
    state.client = client
    retryMs = firstRetryMs
    if (everConnected) onTags([everyPageTag])
    everConnected = true
  }
  void connect()
}

const codeOf = (error?: Error) => (error as (Error & { code?: string }) | undefined)?.code
