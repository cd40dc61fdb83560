import 'server-only'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

/**
 * "Sign out everywhere": every stored session of the account goes, except `keepSid` when given (the
 * device that just changed the password). Every cookie naming another session opens nothing from the next
 * request on, on every app instance (`currentMember` checks the session row).
 */
export const revokeAllMemberSessions = async (
  payload: Payload,
  memberId: number,
  keepSid?: string,
): Promise<number> => {
  const db = (payload.db as unknown as PostgresAdapter).drizzle
  const result = await db.execute(sql`
    DELETE FROM "members_sessions" WHERE "_parent_id" = ${memberId}
      ${keepSid ? sql`AND "id" <> ${keepSid}` : sql``}
  `)
  return result.rowCount ?? 0
}
