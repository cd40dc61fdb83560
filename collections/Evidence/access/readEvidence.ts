import type { Access, AccessResult } from 'payload'
import { businessOf, memberWithRole, partnerAgencyOf } from '@/access/member'
import { hasStaffRole } from '@/access/staff'
import { partnerReports } from '@/collections/Incidents/access/partnerRemit'
import { galleryProfilesVia } from '@/collections/Offenders/access/readOffenders'

/** Linked to a profile in the gallery: never to a proposed, archived or safeguarded one. */
const linkedToGalleryProfile = galleryProfilesVia('offender.')

/**
 * A file is readable when it is linked to something the viewer may read: a report they may see, or a
 * profile in their view of the gallery. Uploaders also see their own files. The file route uses this too.
 */
export const readEvidence: Access = ({ req }): AccessResult => {
  if (hasStaffRole(req, 'admin', 'scheme-manager')) return true
  if (memberWithRole(req, 'police')) return { or: [{ incident: { exists: true } }, linkedToGalleryProfile] }
  const agency = partnerAgencyOf(req)
  if (agency === 'outreach') return partnerReports(agency, 'incident.')
  if (agency === 'asb-unit') return { or: [partnerReports(agency, 'incident.'), linkedToGalleryProfile] }
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
