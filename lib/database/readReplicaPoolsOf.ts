import type { Payload } from 'payload'
import type { Pool } from 'pg'
import { postgresOf } from './postgresOf'

/**
 * The pg pools of the read replicas (DATABASE_REPLICA_URLS), none without. The adapter keeps them only
 * inside Drizzle's `withReplicas` handle (`$replicas`, each Drizzle database carrying its pool as `$client`),
 * so this is the one place that knows that shape.
 */
export const readReplicaPoolsOf = (payload: Pick<Payload, 'db'>): Pool[] => {
  const handle = postgresOf(payload).drizzle as unknown as { $replicas?: { $client?: Pool }[] }
  return (handle.$replicas ?? []).flatMap((replica) => (replica.$client ? [replica.$client] : []))
}
