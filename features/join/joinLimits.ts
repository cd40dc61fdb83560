/**
 * How many applications the join form accepts: per client address per hour (a shared shop or office
 * connection may send a few) and per contact email per day (nobody needs more; it stops email bombing).
 */
export const joinLimits = {
  perIp: { limit: 5, windowSeconds: 60 * 60 },
  perEmail: { limit: 3, windowSeconds: 24 * 60 * 60 },
} as const
