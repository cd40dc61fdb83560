import type { Access } from 'payload'
import { memberWithRole } from '@/access/member'
import { hasStaffRole } from '@/access/staff'
import { galleryProfilesVia } from '@/collections/Offenders/access/readOffenders'

/**
 * Scheme staff read every signed document. Police read the served exclusion notices of gallery profiles,
 * the same notices they may read and serve (readExclusionNotices); witness statements stay with staff.
 */
export const readSignedDocuments: Access = ({ req }) => {
  if (hasStaffRole(req, 'admin', 'scheme-manager')) return true
  if (memberWithRole(req, 'police'))
    return { and: [{ kind: { equals: 'exclusion-notice' } }, galleryProfilesVia('offender.')] }
  return false
}
