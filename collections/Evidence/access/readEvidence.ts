import type { Access, AccessResult, Where } from 'payload'
import { businessOf, memberWithRole, partnerAgencyOf } from '@/access/member'
import { partnerRemit } from '@/access/partnerRemit'
import { hasStaffRole } from '@/access/staff'

const linkedToGalleryProfile: Where = {
  and: [{ 'offender.status': { equals: 'approved' } }, { 'offender.safeguarding': { equals: false } }],
}

/**
 * A file is readable when it is linked to something the viewer may read: a report they may see, or a
 * profile in their view of the gallery. Uploaders also see their own files. The file route uses this too.
 */
export const readEvidence: Access = ({ req }): AccessResult => {
  if (hasStaffRole(req, 'admin', 'scheme-manager')) return true
  if (memberWithRole(req, 'police')) {
    return { or: [{ incident: { exists: true } }, { 'offender.status': { equals: 'approved' } }] }
  }
  const agency = partnerAgencyOf(req)
  if (agency === 'outreach') return { 'incident.type': { in: [...partnerRemit.outreach] } }
  if (agency === 'asb-unit') {
    return { or: [{ 'incident.type': { in: [...partnerRemit['asb-unit']] } }, linkedToGalleryProfile] }
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
