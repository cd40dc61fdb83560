import 'server-only'
import type { Payload } from 'payload'
import type { MemberAccount } from '@/access/accountOf'
import { relationId } from '@/access/relationId'
import { relationKey } from '@/access/relationKey'
import { businessRoles } from '@/access/roles'
import type { Business, PartnerAgency } from '@/payload-types'
import { decideMemberSession } from './decideMemberSession'
import { setMemberSessionDeadline } from './setMemberSessionDeadline'

/** A partner account's agency as the members' area shows it (its rules stay with the access functions). */
export type MemberPartner = { name: string; listHeading: string; seesGallery: boolean }

export type SignedInMember = MemberAccount & { businessName: string | null; partner: MemberPartner | null }

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
    populate: {
      businesses: { name: true, membershipStatus: true },
      'partner-agencies': { name: true, listHeading: true, seesGallery: true },
    },
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
  const agency = typeof member.agency === 'object' ? (member.agency as PartnerAgency | null) : null
  const { sessions: _sessions, ...account } = member
  return {
    ...account,
    business: relationId(member.business),
    agency: relationKey(member.agency),
    collection: 'members',
    businessName: business?.name ?? null,
    partner:
      member.role === 'partner' && agency
        ? { name: agency.name, listHeading: agency.listHeading, seesGallery: agency.seesGallery === true }
        : null,
  }
}
