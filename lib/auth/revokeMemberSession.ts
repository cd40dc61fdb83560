import 'server-only'
import type { Payload, PayloadRequest } from 'payload'

/**
 * Ends one sign-in for good: the session row goes, so the cookie that carried it opens nothing even
 * before it expires. Payload's own `sessions` list is the store, shared by every app instance.
 */
export const revokeMemberSession = async (
  payload: Payload,
  memberId: number,
  sid: string,
  req?: Partial<PayloadRequest>,
) => {
  const member = await payload.findByID({
    collection: 'members',
    id: memberId,
    depth: 0,
    select: { sessions: true },
    showHiddenFields: true,
    disableErrors: true,
    // Sign-out edits the caller's own session list, which no API may write.
    overrideAccess: true,
    req,
  })
  if (!member?.sessions?.some((session) => session.id === sid)) return
  await payload.db.updateOne({
    collection: 'members',
    id: memberId,
    data: { sessions: member.sessions.filter((session) => session.id !== sid) },
    req,
    returning: false,
  })
}
