import type { Access, AccessResult } from 'payload'
import { businessOf, memberWithRole } from '@/access/member'
import { hasStaffRole } from '@/access/staff'

/** Scheme staff edit any business; a business manager edits their own (field access guards the rest). */
export const updateOwnBusiness: Access = ({ req }): AccessResult => {
  if (hasStaffRole(req, 'admin', 'scheme-manager')) return true
  const own = businessOf(memberWithRole(req, 'business-manager'))
  return own !== null ? { id: { equals: own } } : false
}
