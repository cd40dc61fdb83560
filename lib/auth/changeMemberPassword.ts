import 'server-only'
import type { Payload } from 'payload'
import type { MemberAccount } from '@/access/accountOf'
import { currentPasswordCheckedKey } from './currentPasswordChecked'
import { revokeAllMemberSessions } from './revokeAllMemberSessions'
import { revokeMemberSession } from './revokeMemberSession'
import { sessionIdOf } from './sessionIdOf'

export type PasswordChangeOutcome = 'changed' | 'wrong-current-password'

/**
 * A signed-in member changes their password: the current one is checked first (Payload's login, so its
 * lockout counts wrong guesses from a stolen session), then the update runs as the member with
 * `req.context` vouching for that check, which is the only way the members' update access lets a member
 * write their own password. Every other sign-in of the account ends; `currentSid`, this device, stays.
 */
export const changeMemberPassword = async (
  payload: Payload,
  member: MemberAccount,
  change: { currentSid: string | undefined; currentPassword: string; newPassword: string },
): Promise<PasswordChangeOutcome> => {
  try {
    const check = await payload.login({
      collection: 'members',
      data: { email: member.email, password: change.currentPassword },
      overrideAccess: true, // checking the current password only
    })
    const sid = check.token ? sessionIdOf(check.token) : null
    if (sid) await revokeMemberSession(payload, member.id, sid)
  } catch {
    return 'wrong-current-password'
  }
  await payload.update({
    collection: 'members',
    id: member.id,
    data: { password: change.newPassword },
    // With this device's session id, Payload's own password change keeps it and drops the others.
    user: { ...member, _sid: change.currentSid },
    overrideAccess: false,
    context: { [currentPasswordCheckedKey]: member.id },
  })
  await payload.update({
    collection: 'members',
    id: member.id,
    data: { mustChangePassword: false },
    overrideAccess: true, // the flag is not writable through any API; the member has just set a password
  })
  await revokeAllMemberSessions(payload, member.id, change.currentSid)
  return 'changed'
}
