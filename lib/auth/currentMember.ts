import 'server-only'
import { cache } from 'react'
import type { MemberAccount } from '@/access/accountOf'
import { relationId } from '@/access/relationId'
import { businessRoles } from '@/access/roles'
import { getPayloadClient } from '@/lib/payload/getPayloadClient'
import type { Business } from '@/payload-types'
import { auth } from './auth'

export type SignedInMember = MemberAccount & { businessName: string | null }

/**
 * The signed-in member for this request, or null. Checks the session itself (never `!!session`): the
 * account must exist, be active, still hold this session id, and (for business staff) belong to an
 * active business. Cached per request.
 */
export const currentMember = cache(async (): Promise<SignedInMember | null> => {
  const session = await auth()
  if (!session?.user || typeof session.memberId !== 'number' || !session.sid) return null
  const payload = await getPayloadClient()
  const member = await payload.findByID({
    collection: 'members',
    id: session.memberId,
    depth: 1,
    populate: { businesses: { name: true, membershipStatus: true } },
    showHiddenFields: true,
    disableErrors: true,
    // Authentication itself: loading the account the session names, to check it is still valid.
    overrideAccess: true,
  })
  if (member?.accountStatus !== 'active') return null
  const now = Date.now()
  if (
    !member.sessions?.some((entry) => entry.id === session.sid && new Date(entry.expiresAt).getTime() > now)
  )
    return null
  const business = typeof member.business === 'object' ? (member.business as Business | null) : null
  if (businessRoles.includes(member.role) && business?.membershipStatus !== 'active') return null
  const { sessions: _sessions, ...account } = member
  return {
    ...account,
    business: relationId(member.business),
    collection: 'members',
    businessName: business?.name ?? null,
  }
})
