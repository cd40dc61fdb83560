import type { Access, AccessResult } from 'payload'
import { businessOf, memberWithRole } from '@/access/member'
import { hasStaffRole } from '@/access/staff'
import { partnerReports } from '@/collections/Incidents/access/partnerRemit'
import { galleryProfilesVia } from '@/collections/Offenders/access/readOffenders'
import { partnerAgencyRules } from '@/collections/PartnerAgencies/access/partnerAgencyRules'

/** Linked to a profile in the gallery: never to a proposed, archived or safeguarded one. */
const linkedToGalleryProfile = galleryProfilesVia('offender.')

/**
 * A file is readable when it is linked to something the viewer may read: a report they may see, or a
 * profile in their view of the gallery. Uploaders also see their own files. The file route uses this too.
 */
export const readEvidence: Access = async ({ req }): Promise<AccessResult> => {
  if (hasStaffRole(req, 'admin', 'scheme-manager')) return true
  if (memberWithRole(req, 'police')) return { or: [{ incident: { exists: true } }, linkedToGalleryProfile] }
  if (memberWithRole(req, 'partner')) {
    const agency = await partnerAgencyRules(req)
    if (!agency) return false
    const reports = partnerReports(agency, 'incident.')
    return agency.seesGallery ? { or: [reports, linkedToGalleryProfile] } : reports
  }
  const member = memberWithRole(req, 'member', 'business-manager')
  const business = businessOf(member)
  if (member && business !== null) {
    return {
      or: [
        { uploadedBy: { equals: member.id } },
        { 'incident.business': { equals: business } },
        linkedToGalleryProfile,
      ],
    }
  }
  return false
}
