import 'server-only'
import { cache } from 'react'
import { getPayloadClient } from '@/lib/database/getPayloadClient'
import { auth } from './auth'
import { memberForSession, type SignedInMember } from './memberForSession'

export type { SignedInMember }

/**
 * The signed-in member for this request, or null. Checks the session itself (never `!!session`): the
 * next-auth cookie only names the account and its Payload session id; `memberForSession` decides, against
 * the database, whether that session is still open (revoked, suspended, idle or past its absolute end).
 * Cached per request.
 */
export const currentMember = cache(async (): Promise<SignedInMember | null> => {
  const session = await auth()
  if (!session?.user || typeof session.memberId !== 'number' || !session.sid) return null
  return memberForSession(await getPayloadClient(), { memberId: session.memberId, sid: session.sid })
})
