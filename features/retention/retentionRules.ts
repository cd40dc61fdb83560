/** The retention periods in months, from the `scheme-settings` global (Rules tab). */
export type RetentionRules = {
  /** An approved profile leaves the gallery this long after its last linked incident. */
  galleryMonths: number
  /** An archived profile is deleted this long after it was archived, unless held. */
  reviewMonths: number
  /** A report older than this is anonymised. */
  incidentMonths: number
}

/** The settings' own defaults, for a settings row saved before the periods existed. */
export const defaultRetentionRules: RetentionRules = {
  galleryMonths: 12,
  reviewMonths: 3,
  incidentMonths: 24,
}
