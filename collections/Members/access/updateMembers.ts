import type { Access, AccessResult } from 'payload'
import { memberOf } from '@/access/accountOf'
import { businessOf, memberWithRole } from '@/access/member'
import { hasStaffRole } from '@/access/staff'

/** Staff update any account, a business manager their business's accounts, anyone else only their own. */
export const updateMembers: Access = ({ req }): AccessResult => {
  if (hasStaffRole(req, 'admin', 'scheme-manager')) return true
  const manager = businessOf(memberWithRole(req, 'business-manager'))
  if (manager) return { business: { equals: manager } }
  const member = memberOf(req)
  return member ? { id: { equals: member.id } } : false
}
