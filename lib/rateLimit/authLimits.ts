/**
 * Limits on the endpoints that guess-work attacks use (docs/security.md). Per account stops guessing one
 * person's password from many addresses; per address stops one client trying many accounts. Sign-in counts
 * failures only (a success gives its attempt back); the others count every request.
 */
export const authLimits = {
  signInPerAccount: { limit: 8, windowSeconds: 15 * 60 },
  signInPerIp: { limit: 20, windowSeconds: 15 * 60 },
  forgotPerAccount: { limit: 3, windowSeconds: 60 * 60 },
  forgotPerIp: { limit: 10, windowSeconds: 60 * 60 },
  resetPerToken: { limit: 5, windowSeconds: 60 * 60 },
  resetPerIp: { limit: 10, windowSeconds: 60 * 60 },
} as const

export type AuthLimitName = keyof typeof authLimits
