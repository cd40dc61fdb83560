import 'server-only'
import type { PayloadRequest } from 'payload'
import type { MemberAccount } from '@/access/accountOf'
import { auditRequestFor } from './auditRequestFor'
import { countMemberListRead } from './countMemberListRead'

/**
 * For list reads that bypass Payload's find (the gallery's and the profile's raw-SQL queries): counts the
 * read against the member's limit, as the collections' `beforeOperation` hook does for finds. Returns the
 * request to audit it with (auditMemberListRead) once the ids are known, and the refusal in words for the
 * member when the account is over its limit (then nothing may be read).
 */
export const beginMemberListRead = async (
  member: MemberAccount,
): Promise<{ req: PayloadRequest; refused: string | null }> => {
  const req = await auditRequestFor(member)
  return { req, refused: await countMemberListRead(req) }
}
