import 'server-only'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

/**
 * Moves one session's deadline (`expiresAt`) in place. A single-row UPDATE rather than rewriting the
 * account's whole `sessions` list: a sign-in on another device at the same moment is not overwritten.
 * `onlyLater` makes concurrent slides harmless (the latest deadline wins).
 */
export const setMemberSessionDeadline = async (
  payload: Payload,
  session: { memberId: number; sid: string; expiresAt: Date; onlyLater: boolean },
): Promise<void> => {
  const db = (payload.db as unknown as PostgresAdapter).drizzle
  const deadline = session.expiresAt.toISOString()
  await db.execute(sql`
    UPDATE "members_sessions" SET "expires_at" = ${deadline}::timestamptz
    WHERE "_parent_id" = ${session.memberId} AND "id" = ${session.sid}
      ${session.onlyLater ? sql`AND "expires_at" < ${deadline}::timestamptz` : sql``}
  `)
}
