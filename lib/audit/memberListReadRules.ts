/**
 * Bounds on a member's list reads of offenders and incidents (docs/audit-chain.md, "List reads"). The
 * largest page the members' area asks for is the gallery's (up to 100 cards; 24 by default), so no member
 * page ever needs more rows in one call. 120 list reads in 10 minutes is one every five seconds, well above
 * anyone browsing (a profile page costs one or two), far below a script copying the gallery.
 */
export const memberListReadRules = {
  maxRows: 100,
  perAccount: { limit: 120, windowSeconds: 10 * 60 },
} as const
