import type { Access, AccessResult } from 'payload'
import { memberOf } from '@/access/accountOf'
import { businessOf, memberWithRole } from '@/access/member'
import { hasStaffRole } from '@/access/staff'

/**
 * Scheme staff see every account; a business manager sees their business's accounts; police see the
 * accounts of shop staff (the reporters they take witness statements from, DESIGN: police export evidence
 * packs with the reporter's contact); everyone else sees only their own.
 */
export const readMembers: Access = ({ req }): AccessResult => {
  if (hasStaffRole(req, 'admin', 'scheme-manager')) return true
  const manager = businessOf(memberWithRole(req, 'business-manager'))
  if (manager) return { business: { equals: manager } }
  const member = memberOf(req)
  if (member?.role === 'police') {
    return { or: [{ id: { equals: member.id } }, { role: { in: ['member', 'business-manager'] } }] }
  }
  return member ? { id: { equals: member.id } } : false
}
