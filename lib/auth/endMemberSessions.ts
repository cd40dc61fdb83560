import 'server-only'
import { createLocalReq, logoutOperation, type Payload } from 'payload'
import type { Member } from '@/payload-types'

/**
 * Ends sign-ins of one member account through Payload's own sign-out, the operation behind
 * `POST /api/members/logout`: `{ sid }` ends that session, `'all'` every session of the account. Payload
 * keeps the sessions on the account and decides how they are stored; this is the one place we ask it
 * to drop them (tests/int/member-sessions.test.ts checks the result through `payload.findByID`).
 */
export const endMemberSessions = async (
  payload: Payload,
  member: Member,
  end: { sid: string } | 'all',
): Promise<void> => {
  // Payload's sign-out ends the session of the signed-in user it is given (`_sid`), or all of them.
  const user = { ...member, collection: 'members' as const, _sid: end === 'all' ? undefined : end.sid }
  const req = await createLocalReq({ user }, payload)
  await logoutOperation({ collection: payload.collections.members, req, allSessions: end === 'all' })
}
