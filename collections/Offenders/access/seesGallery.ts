import { memberWithRole } from '@/access/member'
import {
  type AgencyRequest,
  partnerAgencyRules,
} from '@/collections/PartnerAgencies/access/partnerAgencyRules'

/**
 * Who sees the offender gallery (approved profiles, no one flagged for safeguarding): police, business staff
 * and the partner agencies whose record says so (the ASB unit by default; outreach never). Offenders' read
 * access, the gallery pages and the profile page ask this.
 */
export const seesGallery = async (req: AgencyRequest): Promise<boolean> => {
  if (memberWithRole(req, 'police', 'member', 'business-manager') !== null) return true
  return (await partnerAgencyRules(req))?.seesGallery === true
}
