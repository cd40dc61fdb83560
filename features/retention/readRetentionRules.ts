import type { PayloadRequest } from 'payload'
import { defaultRetentionRules, type RetentionRules } from './retentionRules'

/**
 * The periods as the scheme has set them. The settings are public (read: anyone), so the admin countdown
 * reads them as the staff member; only the scheduled job passes `overrideAccess: true`.
 */
export const readRetentionRules = async (
  req: PayloadRequest,
  overrideAccess: boolean,
): Promise<RetentionRules> => {
  const settings = await req.payload.findGlobal({
    slug: 'scheme-settings',
    depth: 0,
    select: { retention: true },
    overrideAccess, // true only for the scheduled job acting for the scheme
    user: req.user,
    req,
  })
  return {
    galleryMonths: settings.retention?.galleryMonths ?? defaultRetentionRules.galleryMonths,
    reviewMonths: settings.retention?.reviewMonths ?? defaultRetentionRules.reviewMonths,
    incidentMonths: settings.retention?.incidentMonths ?? defaultRetentionRules.incidentMonths,
  }
}
