import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { postgresOf } from '@/lib/database/postgresOf'
import type { RateLimitOutcome, RateLimitRule } from './types'

/**
 * Counts one hit against a rule and says whether it is within the limit. A single
 * `INSERT … ON CONFLICT DO UPDATE … RETURNING` does the read and the write atomically in PostgreSQL, so
 * concurrent requests on any number of app instances count correctly. The window restarts (count 1) once
 * it has passed; times come from the database clock, not the app servers'.
 *
 * Runs on the connection pool, outside any transaction on purpose: a hit counts even when the work it
 * guards later fails and is rolled back.
 */
export const hitRateLimit = async (payload: Payload, rule: RateLimitRule): Promise<RateLimitOutcome> => {
  const db = postgresOf(payload).drizzle
  const expired = sql`"rate_limits"."window_start" <= now() - make_interval(secs => ${rule.windowSeconds}::double precision)`
  const result = await db.execute<{ count: string | number }>(sql`
    INSERT INTO "rate_limits" ("key", "window_start", "count")
    VALUES (${rule.key}, now(), 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN ${expired} THEN 1 ELSE "rate_limits"."count" + 1 END,
      "window_start" = CASE WHEN ${expired} THEN now() ELSE "rate_limits"."window_start" END
    RETURNING "count"
  `)
  const count = Number(result.rows[0]?.count ?? Number.POSITIVE_INFINITY)
  return { allowed: count <= rule.limit, count }
}
