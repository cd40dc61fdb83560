import type { Access, AccessResult } from 'payload'
import { staffOf } from '@/access/accountOf'
import { hasStaffRole } from '@/access/staff'

/** Admins and scheme managers see the staff list; an editor sees only their own account. */
export const readStaffAccounts: Access = ({ req }): AccessResult => {
  if (hasStaffRole(req, 'admin', 'scheme-manager')) return true
  const staff = staffOf(req)
  return staff ? { id: { equals: staff.id } } : false
}
