import type { FieldAccess } from 'payload'
import { memberWithRole } from '@/access/member'
import { hasStaffRole } from '@/access/staff'

/**
 * A report's crime number and outcome: staff, police, and the reporting business (the only reports a
 * business reads are its own). Partners never; police notes are narrower still (policeOrSchemeManagerField).
 */
export const readPoliceOutcomeField: FieldAccess = ({ req }) =>
  hasStaffRole(req, 'admin', 'scheme-manager') ||
  memberWithRole(req, 'police', 'member', 'business-manager') !== null
