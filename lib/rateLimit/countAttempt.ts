import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { postgresOf } from '@/lib/database/postgresOf'
import type { RateLimitRule } from './types'

export type AttemptOutcome = {
  allowed: boolean
  /** Attempts in the current window, this one included. */
  count: number
  /** Until the window ends and the counter starts again; what a "try again in N minutes" message needs. */
  retryAfterSeconds: number
}

/**
 * `hitRateLimit` for sign-in, reset and similar endpoints: the same atomic upsert in PostgreSQL (one
 * statement, so concurrent attempts on any number of instances are all counted), also returning how long
 * until the window ends. Runs outside any transaction on purpose: an attempt counts even if later work fails.
 */
export const countAttempt = async (payload: Payload, rule: RateLimitRule): Promise<AttemptOutcome> => {
  const db = postgresOf(payload).drizzle
  const window = sql`make_interval(secs => ${rule.windowSeconds}::double precision)`
  const expired = sql`"rate_limits"."window_start" <= now() - ${window}`
  const result = await db.execute<{ count: string | number; left: string | number }>(sql`
    INSERT INTO "rate_limits" ("key", "window_start", "count")
    VALUES (${rule.key}, now(), 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN ${expired} THEN 1 ELSE "rate_limits"."count" + 1 END,
      "window_start" = CASE WHEN ${expired} THEN now() ELSE "rate_limits"."window_start" END
    RETURNING "count", extract(epoch from ("window_start" + ${window} - now())) AS "left"
  `)
  const row = result.rows[0]
  const count = Number(row?.count ?? Number.POSITIVE_INFINITY)
  return {
    allowed: count <= rule.limit,
    count,
    retryAfterSeconds: Math.max(1, Math.ceil(Number(row?.left ?? rule.windowSeconds))),
  }
}
