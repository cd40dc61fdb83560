import type { Access, AccessResult } from 'payload'
import { memberWithRole } from '@/access/member'
import { hasStaffRole } from '@/access/staff'

/** Scheme staff edit profiles; police may add their notes to approved profiles (field access limits them). */
export const updateOffenders: Access = ({ req }): AccessResult => {
  if (hasStaffRole(req, 'admin', 'scheme-manager')) return true
  if (memberWithRole(req, 'police')) return { status: { equals: 'approved' } }
  return false
}
