import type { PayloadRequest } from 'payload'
import { memberWithRole } from '@/access/member'
import { hasStaffRole } from '@/access/staff'

/**
 * Who may log a Cops Adopt A Shop visit: police officers, and scheme staff. The shop visits' create access,
 * the visits page and the log-visit action all ask this, of `req` or of `{ user }`.
 */
export const mayLogVisit = (req: Pick<PayloadRequest, 'user'>): boolean =>
  hasStaffRole(req, 'admin', 'scheme-manager') || memberWithRole(req, 'police') !== null
