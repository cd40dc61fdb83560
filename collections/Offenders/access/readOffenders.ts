import type { Access, AccessResult, Where } from 'payload'
import { memberWithRole, partnerAgencyOf } from '@/access/member'
import { hasStaffRole } from '@/access/staff'

/** The gallery: approved profiles, without anyone flagged for safeguarding. */
export const galleryProfiles: Where = {
  and: [{ status: { equals: 'approved' } }, { safeguarding: { equals: false } }],
}

/**
 * Scheme staff see every profile, proposed and archived too. Police see approved profiles; members of
 * businesses and the ASB unit see the gallery; outreach never sees offenders.
 */
export const readOffenders: Access = ({ req }): AccessResult => {
  if (hasStaffRole(req, 'admin', 'scheme-manager')) return true
  if (memberWithRole(req, 'police')) return { status: { equals: 'approved' } }
  if (memberWithRole(req, 'member', 'business-manager')) return galleryProfiles
  if (partnerAgencyOf(req) === 'asb-unit') return galleryProfiles
  return false
}
