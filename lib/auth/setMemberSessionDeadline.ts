import 'server-only'
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { postgresOf } from '@/lib/database/postgresOf'

/**
 * Moves one session's deadline (`expiresAt`) in place. A single-row UPDATE rather than rewriting the
 * account's whole `sessions` list: a sign-in on another device at the same moment is not overwritten.
 * `onlyLater` makes concurrent slides harmless (the latest deadline wins).
 *
 * Payload has no API for this (its refresh sets its own deadline and rewrites the whole list), so this is
 * the one place that writes Payload's session table; tests/int/member-sessions.test.ts reads the result
 * back through Payload and fails if a Payload upgrade stores sessions elsewhere.
 */
export const setMemberSessionDeadline = async (
  payload: Payload,
  session: { memberId: number; sid: string; expiresAt: Date; onlyLater: boolean },
): Promise<void> => {
  const db = postgresOf(payload).drizzle
  const deadline = session.expiresAt.toISOString()
  await db.execute(sql`
    UPDATE "members_sessions" SET "expires_at" = ${deadline}::timestamptz
    WHERE "_parent_id" = ${session.memberId} AND "id" = ${session.sid}
      ${session.onlyLater ? sql`AND "expires_at" < ${deadline}::timestamptz` : sql``}
  `)
}
