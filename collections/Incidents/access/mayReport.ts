import type { PayloadRequest } from 'payload'
import { businessOf, memberWithRole } from '@/access/member'
import { hasStaffRole } from '@/access/staff'

/**
 * Who may file a report: staff of a member business (with a business on record), and scheme staff entering
 * reports phoned in; police and partners don't. The incidents' create access, the report page and the report
 * action all ask this, of `req` or of `{ user }`.
 */
export const mayReport = (req: Pick<PayloadRequest, 'user'>): boolean =>
  hasStaffRole(req, 'admin', 'scheme-manager') ||
  businessOf(memberWithRole(req, 'member', 'business-manager')) !== null
