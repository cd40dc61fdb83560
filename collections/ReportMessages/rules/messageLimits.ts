/** Lengths and counts the admin, the members' forms and the collection all apply. */
export const messageLimits = {
  body: 2_000,
  cctvPlace: 200,
  /** Photos on one reply: a few stills or phone photos, not a whole recording. */
  photos: 4,
} as const
