'use server'
import { createLocalReq } from 'payload'
import { recordAudit } from '@/lib/audit/recordAudit'
import { signOut } from '@/lib/auth/auth'
import { currentMember } from '@/lib/auth/currentMember'
import { revokeAllMemberSessions } from '@/lib/auth/revokeAllMemberSessions'
import { getPayloadClient } from '@/lib/database/getPayloadClient'

/**
 * "Sign out everywhere" (a lost phone, a shared till): every stored session of the account goes, so every
 * device's cookie opens nothing from its next request, then this device's cookie is cleared too.
 */
export const signOutEverywhereAction = async () => {
  const member = await currentMember()
  if (member) {
    const payload = await getPayloadClient()
    const ended = await revokeAllMemberSessions(payload, member.id)
    const req = await createLocalReq({}, payload)
    await recordAudit(req, {
      action: 'logout',
      summary: 'Member signed out everywhere',
      entityCollection: 'members',
      entityId: member.id,
      details: { sessionsEnded: ended },
      actor: { collection: 'members', id: member.id, email: member.email },
    })
  }
  await signOut({ redirectTo: '/sign-in?signedOut=everywhere' })
}
