import type { Access, AccessResult, Where } from 'payload'
import { hasStaffRole } from '@/access/staff'
import { seesGallery } from './seesGallery'

/** The gallery, seen through `via` (a relationship to profiles, e.g. `offender.`): approved, not safeguarded. */
export const galleryProfilesVia = (via = ''): Where => ({
  and: [{ [`${via}status`]: { equals: 'approved' } }, { [`${via}safeguarding`]: { equals: false } }],
})

/** The gallery: approved profiles, without anyone flagged for safeguarding. */
export const galleryProfiles: Where = galleryProfilesVia()

/**
 * Scheme staff see every profile, proposed, archived and safeguarded too. Everyone else who may see offenders
 * (police, members of businesses, agencies that see the gallery) sees the gallery and nothing more: a safeguarded person is
 * staff-only, by id as well (police still read the reports linked to them). An agency that does not (outreach) never sees offenders.
 */
export const readOffenders: Access = async ({ req }): Promise<AccessResult> => {
  if (hasStaffRole(req, 'admin', 'scheme-manager')) return true
  return (await seesGallery(req)) ? galleryProfiles : false
}
