import 'server-only'
import type { Payload } from 'payload'
import type { MemberAccount } from '@/access/accountOf'
import { relationId } from '@/access/relationId'
import { businessRoles } from '@/access/roles'
import type { Business } from '@/payload-types'
import { decideMemberSession } from './decideMemberSession'
import { setMemberSessionDeadline } from './setMemberSessionDeadline'

export type SignedInMember = MemberAccount & { businessName: string | null }

/**
 * The account a members' area session names, or null when that session no longer admits a request: the
 * account must exist and be active, still hold this session id within its idle and absolute deadlines, and
 * (business staff) belong to an active business. A valid request slides the idle deadline (throttled).
 * `now` is a parameter so tests control the clock.
 */
export const memberForSession = async (
  payload: Payload,
  session: { memberId: number; sid: string },
  now: Date = new Date(),
): Promise<SignedInMember | null> => {
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
  const stored = member.sessions?.find((entry) => entry.id === session.sid)
  if (!stored) return null
  const decision = decideMemberSession(stored, now)
  if (!decision.valid) return null
  const business = typeof member.business === 'object' ? (member.business as Business | null) : null
  if (businessRoles.includes(member.role) && business?.membershipStatus !== 'active') return null
  if (decision.slideTo) {
    await setMemberSessionDeadline(payload, {
      memberId: member.id,
      sid: session.sid,
      expiresAt: decision.slideTo,
      onlyLater: true,
    })
  }
  const { sessions: _sessions, ...account } = member
  return {
    ...account,
    business: relationId(member.business),
    collection: 'members',
    businessName: business?.name ?? null,
  }
}
