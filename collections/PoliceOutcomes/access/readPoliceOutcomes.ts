import type { Access } from 'payload'
import { memberWithRole } from '@/access/member'
import { hasStaffRole } from '@/access/staff'

/**
 * The outcome labels: whoever may read a report's outcome (collections/Incidents/access/readPoliceOutcomeField.ts:
 * scheme staff, police, and businesses for their own reports) reads the list that names them. Partners, who
 * never see outcomes, and editors do not. The labels hold no personal data.
 */
export const readPoliceOutcomes: Access = ({ req }) =>
  hasStaffRole(req, 'admin', 'scheme-manager') ||
  memberWithRole(req, 'police', 'member', 'business-manager') !== null
