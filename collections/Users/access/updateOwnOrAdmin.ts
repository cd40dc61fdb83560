import type { Access, AccessResult } from 'payload'
import { staffOf } from '@/access/accountOf'
import { hasStaffRole } from '@/access/staff'

/** Staff change their own name and password; only an admin changes other staff accounts. */
export const updateOwnOrAdmin: Access = ({ req }): AccessResult => {
  if (hasStaffRole(req, 'admin')) return true
  const staff = staffOf(req)
  return staff ? { id: { equals: staff.id } } : false
}
