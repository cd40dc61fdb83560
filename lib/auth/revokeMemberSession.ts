import 'server-only'
import type { Payload } from 'payload'
import { endMemberSessions } from './endMemberSessions'
import { memberWithSessions } from './memberWithSessions'

/**
 * Ends one sign-in for good, through Payload's own sign-out: the session goes from the account, so the
 * cookie that carried it opens nothing even before it expires, on every app instance. Nothing is written
 * when the account or the session is already gone.
 */
export const revokeMemberSession = async (payload: Payload, memberId: number, sid: string): Promise<void> => {
  const member = await memberWithSessions(payload, memberId)
  if (!member?.sessions?.some((session) => session.id === sid)) return
  await endMemberSessions(payload, member, { sid })
}
