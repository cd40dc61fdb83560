import type { Access } from 'payload'
import { memberWithRole } from '@/access/member'
import { hasStaffRole } from '@/access/staff'
import { unservedGalleryNotices } from './unservedGalleryNotices'

/**
 * Scheme staff change any notice. Police record that they served one, so they may update the unserved
 * notices of gallery profiles, and only the service fields (writeNoticeService); a served notice is closed
 * to them, so a second service is refused by the row rule itself.
 */
export const updateExclusionNotices: Access = ({ req }) => {
  if (hasStaffRole(req, 'admin', 'scheme-manager')) return true
  if (memberWithRole(req, 'police')) return unservedGalleryNotices
  return false
}
