import { addMonths } from '@/lib/time/addMonths'
import type { RetentionProfile } from './retentionProfile'
import type { RetentionRules } from './retentionRules'

export type GalleryExit = {
  /** When the profile leaves the gallery, unless a running warning or exclusion keeps it there. */
  at: Date
  /** The date the period runs from, and what that date is. */
  from: Date
  fromWhat: 'last incident' | 'approval' | 'creation'
}

/**
 * An approved profile leaves the gallery `galleryMonths` after its last linked incident; a profile never
 * linked to a report counts from its approval (or, failing that, from when it was created).
 */
export const galleryExit = (profile: RetentionProfile, rules: RetentionRules): GalleryExit | null => {
  const [from, fromWhat] = profile.lastIncidentAt
    ? ([profile.lastIncidentAt, 'last incident'] as const)
    : profile.approvedAt
      ? ([profile.approvedAt, 'approval'] as const)
      : ([profile.createdAt, 'creation'] as const)
  if (!from) return null
  const start = new Date(from)
  return { at: addMonths(start, rules.galleryMonths), from: start, fromWhat }
}
