import type { PayloadRequest } from 'payload'
import { memberWithRole } from '@/access/member'
import { hasStaffRole } from '@/access/staff'

/** Police and scheme staff ask a reporter a question or for CCTV; pages and actions ask this too. */
export const mayAskOnReports = (req: Pick<PayloadRequest, 'user'>): boolean =>
  hasStaffRole(req, 'admin', 'scheme-manager') || memberWithRole(req, 'police') !== null
