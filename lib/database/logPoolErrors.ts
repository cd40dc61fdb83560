import type { Payload } from 'payload'
import { postgresOf } from './postgresOf'
import { readReplicaPoolsOf } from './readReplicaPoolsOf'
import { watchConnectionCuts } from './watchConnectionCuts'

/**
 * pg emits 'error' when PostgreSQL cuts a connection, and Payload's adapter listens for it only on the one
 * connection it opens at start-up, so Node reported every other as an uncaught exception after a restart,
 * of the primary or of a read replica (each replica has a pool of its own: watched too).
 * The query that was running fails on its own and is answered "try again"; the pool drops the broken
 * connection and opens a new one. A warning with the error code is all there is to say. Runs from onInit.
 */
export const logPoolErrors = (payload: Payload): void => {
  const pools = [
    { server: 'primary', pool: postgresOf(payload).pool },
    ...readReplicaPoolsOf(payload).map((pool) => ({ server: 'replica', pool })),
  ]
  for (const { server, pool } of pools) {
    watchConnectionCuts(pool, (error) => {
      payload.logger.warn({
        msg: 'A database connection was cut; the pool will open a new one',
        server,
        code: error.code,
      })
    })
  }
}
