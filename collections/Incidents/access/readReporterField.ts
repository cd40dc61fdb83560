import type { FieldAccess } from 'payload'
import { memberWithRole } from '@/access/member'
import { hasStaffRole } from '@/access/staff'

/** Who reported is for staff, police (witness statements) and the reporting business, not partners. */
export const readReporterField: FieldAccess = ({ req }) =>
  hasStaffRole(req, 'admin', 'scheme-manager') ||
  memberWithRole(req, 'police', 'member', 'business-manager') !== null
