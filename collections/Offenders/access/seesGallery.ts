import type { PayloadRequest } from 'payload'
import { memberWithRole, partnerAgencyOf } from '@/access/member'

/**
 * Who sees the offender gallery (approved profiles, no one flagged for safeguarding): police, business staff
 * and the ASB unit; outreach never. Offenders' read access, the gallery pages and the profile page ask this.
 */
export const seesGallery = (req: Pick<PayloadRequest, 'user'>): boolean =>
  memberWithRole(req, 'police', 'member', 'business-manager') !== null || partnerAgencyOf(req) === 'asb-unit'
