type Exclusion = { stage?: string | null; endsAt?: string | null } | null | undefined

/**
 * Whether a warning or exclusion still runs at `now`. Unlike `isExclusionActive` (is a report a breach?),
 * a yellow warning counts too: shops need the profile to recognise the person while either is in force.
 * A stage without an end date has not ended.
 */
export const isExclusionRunning = (exclusion: Exclusion, now: Date): boolean => {
  if (exclusion?.stage !== 'warning' && exclusion?.stage !== 'exclusion') return false
  return !exclusion.endsAt || new Date(exclusion.endsAt).getTime() > now.getTime()
}
