/**
 * Failed staff sign-in attempts allowed per account and per client address (a successful one is given
 * back). Payload's lockout counts wrong passwords only; these limits also bound guessing of six-digit codes
 * by someone who has the password: at most 30 guesses a day, each with odds of 3 in a million.
 */
export const staffSignInLimits = {
  perAccount: { limit: 10, windowSeconds: 15 * 60 },
  perAccountDaily: { limit: 30, windowSeconds: 24 * 60 * 60 },
  perIp: { limit: 60, windowSeconds: 15 * 60 },
} as const
