import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { postgresOf } from '@/lib/database/postgresOf'

/**
 * Takes back one counted attempt (a sign-in that succeeded), so the limit counts failures while still
 * admitting attempts atomically before they run: people who type their password right are never limited.
 */
export const releaseAttempt = async (payload: Payload, key: string): Promise<void> => {
  const db = postgresOf(payload).drizzle
  await db.execute(sql`
    UPDATE "rate_limits" SET "count" = greatest("count" - 1, 0) WHERE "key" = ${key}
  `)
}
