type Exclusion =
  | { stage?: string | null; startsAt?: string | null; endsAt?: string | null }
  | null
  | undefined

/**
 * Whether a red exclusion is in force at `at`. Derived from the dates, so an exclusion ends by itself
 * the moment its end date passes, whether or not the nightly job has tidied it yet.
 */
export const isExclusionActive = (exclusion: Exclusion, at: Date = new Date()) => {
  if (exclusion?.stage !== 'exclusion' || !exclusion.startsAt) return false
  const start = new Date(exclusion.startsAt).getTime()
  const end = exclusion.endsAt ? new Date(exclusion.endsAt).getTime() : Number.POSITIVE_INFINITY
  return at.getTime() >= start && at.getTime() < end
}
