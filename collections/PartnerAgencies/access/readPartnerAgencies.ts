import type { Access } from 'payload'
import { partnerAgencyOf } from '@/access/member'
import { hasStaffRole } from '@/access/staff'

/**
 * Scheme staff, and a partner account its own agency (the name and heading of its members' area). What an
 * agency may read is decided by access functions reading the record themselves, never by this.
 */
export const readPartnerAgencies: Access = ({ req }) => {
  if (hasStaffRole(req, 'admin', 'scheme-manager')) return true
  const agency = partnerAgencyOf(req)
  return agency ? { id: { equals: agency } } : false
}
