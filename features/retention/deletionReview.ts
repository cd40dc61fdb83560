import { addMonths } from '@/lib/time/addMonths'
import type { RetentionProfile } from './retentionProfile'
import type { RetentionRules } from './retentionRules'

export type DeletionReview = {
  /** When the review period ends: the profile is deleted then, unless held. */
  at: Date
  /** When the profile left the gallery (its last change, for a profile archived by hand before `archivedAt`). */
  from: Date
}

/** An archived profile's review period runs `reviewMonths` from when it was archived. */
export const deletionReview = (profile: RetentionProfile, rules: RetentionRules): DeletionReview | null => {
  const from = profile.archivedAt ?? profile.updatedAt
  if (!from) return null
  const start = new Date(from)
  return { at: addMonths(start, rules.reviewMonths), from: start }
}
