import type { PayloadRequest } from 'payload'
import { readSchemeSettings } from '@/lib/settings/readSchemeSettings'
import { defaultRetentionRules, type RetentionRules } from './retentionRules'

/** The periods as the scheme has set them in its settings, or the defaults where a period is unset. */
export const readRetentionRules = async (req: PayloadRequest): Promise<RetentionRules> => {
  const { retention } = await readSchemeSettings(req.payload, req)
  return {
    galleryMonths: retention?.galleryMonths ?? defaultRetentionRules.galleryMonths,
    reviewMonths: retention?.reviewMonths ?? defaultRetentionRules.reviewMonths,
    incidentMonths: retention?.incidentMonths ?? defaultRetentionRules.incidentMonths,
  }
}
