import type { Access } from 'payload'
import { memberWithRole } from '@/access/member'
import { hasStaffRole } from '@/access/staff'
import { galleryProfilesVia } from '@/collections/Offenders/access/readOffenders'

/**
 * A notice is read with its profile: scheme staff see every notice; police see the notices of gallery
 * profiles (they serve them). Shop staff and partners see only the profile's "Excluded" badge, never the
 * notice record (who served it, the signature).
 */
export const readExclusionNotices: Access = ({ req }) => {
  if (hasStaffRole(req, 'admin', 'scheme-manager')) return true
  if (memberWithRole(req, 'police')) return galleryProfilesVia('offender.')
  return false
}
