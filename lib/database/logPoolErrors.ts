import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

/**
 * pg emits 'error' when PostgreSQL cuts a connection (a restart, a failover): on the Pool for an idle
 * connection, and on the client itself for one that is checked out (a transaction between queries).
 * Payload's adapter listens for neither, so Node reported each as an uncaught exception (the soak counted
 * them after every restart). The query that was running fails on its own and is answered "try again"; the
 * pool drops the broken connection and opens a new one. A warning with the error code is all there is to
 * say. Runs once, from Payload's onInit; every connection the pool opens afterwards gets the listener.
 */
export const logPoolErrors = (payload: Payload): void => {
  const pool = (payload.db as unknown as Partial<PostgresAdapter>).pool
  if (!pool || pool.listenerCount('error') > 0) return
  const warn = (error: Error & { code?: string }) => {
    payload.logger.warn({
      msg: 'A database connection was cut; the pool will open a new one',
      code: error.code,
    })
  }
  pool.on('error', warn)
  pool.on('connect', (client) => {
    client.on('error', warn)
  })
  // Connections Payload opened while starting, before this ran (pg-pool keeps them in `_clients`; if a
  // future version renames it, only those first few go without the listener).
  const opened = (pool as unknown as { _clients?: { on: (event: 'error', listener: typeof warn) => void }[] })
    ._clients
  for (const client of opened ?? []) client.on('error', warn)
}
