import type { Pool, PoolClient } from 'pg'

export type ConnectionCut = Error & { code?: string }

const watched = new WeakSet<Pool>()

/**
 * Hands every 'error' pg emits for a connection PostgreSQL cut (a restart, a failover) to `onCut`, once per
 * cut, through pg's public pool events. An idle connection's error reaches the pool's 'error' event (pg-pool
 * then drops it); a checked-out one emits on the client, so each client carries the listener from 'acquire'
 * to 'release'. Connections opened before this ran are covered too: idle ones through the pool, and each
 * the next time it is checked out. Without a listener an EventEmitter throws the error: an uncaught exception.
 */
export const watchConnectionCuts = (pool: Pool, onCut: (error: ConnectionCut) => void): void => {
  if (watched.has(pool)) return
  watched.add(pool)
  const onClientError = (error: ConnectionCut) => onCut(error)
  pool.on('error', onClientError)
  pool.on('acquire', (client: PoolClient) => {
    client.on('error', onClientError)
  })
  pool.on('release', (_error: Error, client: PoolClient) => {
    client.removeListener('error', onClientError)
  })
}
