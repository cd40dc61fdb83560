import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

/**
 * pg's Pool emits 'error' when PostgreSQL cuts an idle connection (a restart, a failover). Payload's adapter
 * adds no listener, so Node reported each as an uncaught exception (the soak counted them after every
 * restart). The pool has already dropped that connection and opens a new one for the next query: a warning
 * with the error code is all there is to say. Runs once, from Payload's onInit.
 */
export const logPoolErrors = (payload: Payload): void => {
  const pool = (payload.db as unknown as Partial<PostgresAdapter>).pool
  if (!pool || pool.listenerCount('error') > 0) return
  pool.on('error', (error: Error & { code?: string }) => {
    payload.logger.warn({
      msg: 'A database connection was cut; the pool will open a new one',
      code: error.code,
    })
  })
}
