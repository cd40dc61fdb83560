import 'server-only'
import type { Payload } from 'payload'
import { endMemberSessions } from './endMemberSessions'
import { memberWithSessions } from './memberWithSessions'

/**
 * "Sign out everywhere": every stored session of the account goes, through Payload's own sign-out, except
 * `keepSid` when given (the device that just changed the password). Every cookie naming another session
 * opens nothing from the next request on, on every app instance (`memberForSession` checks the sessions).
 * Returns how many sessions ended.
 */
export const revokeAllMemberSessions = async (
  payload: Payload,
  memberId: number,
  keepSid?: string,
): Promise<number> => {
  const member = await memberWithSessions(payload, memberId)
  const sessions = member?.sessions ?? []
  const ending = sessions.filter((session) => session.id !== keepSid)
  if (!member || ending.length === 0) return 0
  if (ending.length === sessions.length) {
    await endMemberSessions(payload, member, 'all')
    return ending.length
  }
  // Payload's sign-out ends one session or all of them; keeping one means ending the others one by one.
  for (const session of ending) await endMemberSessions(payload, member, { sid: session.id })
  return ending.length
}
