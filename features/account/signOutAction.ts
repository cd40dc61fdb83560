'use server'
import { createLocalReq } from 'payload'
import { recordAudit } from '@/lib/audit/recordAudit'
import { auth, signOut } from '@/lib/auth/auth'
import { revokeMemberSession } from '@/lib/auth/revokeMemberSession'
import { getPayloadClient } from '@/lib/database/getPayloadClient'

/** Ends the session everywhere it could be used: the server-side session row goes, then the cookie. */
export const signOutAction = async () => {
  const session = await auth()
  if (session?.user && typeof session.memberId === 'number' && session.sid) {
    const payload = await getPayloadClient()
    await revokeMemberSession(payload, session.memberId, session.sid)
    const req = await createLocalReq({}, payload)
    await recordAudit(req, {
      action: 'logout',
      summary: 'Member signed out',
      entityCollection: 'members',
      entityId: session.memberId,
      actor: { collection: 'members', id: session.memberId, email: session.user.email },
    })
  }
  await signOut({ redirectTo: '/sign-in' })
}
