import type { PayloadRequest } from 'payload'
import { businessOf, memberWithRole } from '@/access/member'
import { hasStaffRole } from '@/access/staff'

/**
 * Who prints a business's "Scan to report" poster (docs/report-poster.md): scheme staff for any business,
 * a business manager for their own. The poster carries only the business's public name and an opaque token.
 */
export const mayPrintPoster = (req: Pick<PayloadRequest, 'user'>, businessId: number): boolean =>
  hasStaffRole(req, 'admin', 'scheme-manager') ||
  businessOf(memberWithRole(req, 'business-manager')) === businessId
