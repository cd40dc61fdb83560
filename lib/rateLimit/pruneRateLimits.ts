import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { postgresOf } from '@/lib/database/postgresOf'

/**
 * Deletes counters whose window began more than `olderThanSeconds` ago. Pass at least the longest window
 * in use: a deleted counter only restarts at zero, which is what an expired window does anyway.
 */
export const pruneRateLimits = async (payload: Payload, olderThanSeconds: number): Promise<void> => {
  const db = postgresOf(payload).drizzle
  await db.execute(sql`
    DELETE FROM "rate_limits"
    WHERE "window_start" < now() - make_interval(secs => ${olderThanSeconds}::double precision)
  `)
}
