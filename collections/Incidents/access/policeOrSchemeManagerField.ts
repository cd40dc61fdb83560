import type { FieldAccess } from 'payload'
import { memberWithRole } from '@/access/member'
import { hasStaffRole } from '@/access/staff'

export const policeOrSchemeManagerField: FieldAccess = ({ req }) =>
  hasStaffRole(req, 'admin', 'scheme-manager') || memberWithRole(req, 'police') !== null
