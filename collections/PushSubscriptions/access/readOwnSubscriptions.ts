import type { Access, AccessResult } from 'payload'
import { memberOf } from '@/access/accountOf'
import { hasStaffRole } from '@/access/staff'

/**
 * Scheme managers and admins read every device (support: "why do I get no alerts?"); a member only their
 * own. Editors, who write the public site, do not: an endpoint is personal data.
 */
export const readOwnSubscriptions: Access = (args): AccessResult => {
  if (hasStaffRole(args.req, 'admin', 'scheme-manager')) return true
  const member = memberOf(args.req)
  return member ? { member: { equals: member.id } } : false
}
