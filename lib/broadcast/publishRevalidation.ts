import pg from 'pg'
import { databaseUrl } from '@/lib/env/databaseUrl'
import { broadcastState } from './broadcastState'
import { cacheChannel } from './cacheChannel'
import { everyPageTag } from './everyPageTag'
import { instanceId } from './instanceId'
import type { RevalidationMessage } from './revalidationMessage'

/** PostgreSQL refuses a NOTIFY payload of 8000 bytes or more. */
const largestPayload = 7900

/**
 * Tells every other app instance to expire these cache tags (NOTIFY on the cache channel; each instance's
 * startCacheBroadcast.ts hears it). Goes out on the broadcast connection when it is up, else (or when that
 * fails) on a connection of its own, so a publish during a reconnection is not lost. A list too long for one NOTIFY
 * becomes "every page".
 */
export const publishRevalidation = async (
  tags: string[],
  connectionString = databaseUrl(),
): Promise<void> => {
  if (!tags.length) return
  let message: RevalidationMessage = { from: instanceId(), tags }
  if (Buffer.byteLength(JSON.stringify(message)) > largestPayload)
    message = { ...message, tags: [everyPageTag] }
  const payload = JSON.stringify(message)
  const client = broadcastState().client
  if (client) {
    const sent = await client.query('SELECT pg_notify($1, $2)', [cacheChannel, payload]).then(
      () => true,
      () => false, // the connection is going: its listener reconnects, this message goes the other way
    )
    if (sent) return
  }
  const oneOff = new pg.Client({ connectionString, application_name: 'ntars-cache-broadcast' })
  try {
    await oneOff.connect()
    await oneOff.query('SELECT pg_notify($1, $2)', [cacheChannel, payload])
  } finally {
    await oneOff.end().catch(() => undefined)
  }
}
