import type { Access, AccessResult } from 'payload'
import { memberWithRole } from '@/access/member'
import { hasStaffRole } from '@/access/staff'
import { galleryProfiles } from './readOffenders'

/**
 * Scheme staff edit profiles; police may add their notes to the profiles they may read (the gallery, never a
 * safeguarded person), and field access limits them to those notes.
 */
export const updateOffenders: Access = ({ req }): AccessResult => {
  if (hasStaffRole(req, 'admin', 'scheme-manager')) return true
  if (memberWithRole(req, 'police')) return galleryProfiles
  return false
}
