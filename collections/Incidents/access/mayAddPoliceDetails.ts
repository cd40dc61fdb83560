import type { PayloadRequest } from 'payload'
import { memberWithRole } from '@/access/member'
import { hasStaffRole } from '@/access/staff'

/**
 * Who may add a report's police details (crime number, outcome, notes): police officers, and scheme staff.
 * The incidents' update access and police field rules, the report page's police form and its action ask this.
 */
export const mayAddPoliceDetails = (req: Pick<PayloadRequest, 'user'>): boolean =>
  hasStaffRole(req, 'admin', 'scheme-manager') || memberWithRole(req, 'police') !== null
