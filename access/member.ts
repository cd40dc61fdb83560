import type { Access, FieldAccess, PayloadRequest } from 'payload'
import { type MemberAccount, memberOf } from './accountOf'
import { relationId } from './relationId'
import { relationKey } from './relationKey'
import type { MemberRole } from './roles'

/** The active member account when it holds one of the roles, else null. */
export const memberWithRole = (
  req: Pick<PayloadRequest, 'user'>,
  ...roles: MemberRole[]
): MemberAccount | null => {
  const member = memberOf(req)
  return member && roles.includes(member.role) ? member : null
}

/** The business of a member or business manager: the scope of their own reports. */
export const businessOf = (member: MemberAccount | null): number | null =>
  member && (member.role === 'member' || member.role === 'business-manager')
    ? relationId(member.business)
    : null

/** The key of a partner account's agency (collections/PartnerAgencies); its rules come from that record. */
export const partnerAgencyOf = (req: Pick<PayloadRequest, 'user'>): string | null =>
  relationKey(memberWithRole(req, 'partner')?.agency)

export const isPolice: Access = ({ req }) => memberWithRole(req, 'police') !== null
export const isPoliceField: FieldAccess = ({ req }) => memberWithRole(req, 'police') !== null

/** Staff of a member business (member or business manager) with a business on record. */
export const isBusinessMember: Access = ({ req }) =>
  businessOf(memberWithRole(req, 'member', 'business-manager')) !== null
