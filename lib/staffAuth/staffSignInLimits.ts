/**
 * Sign-in attempts (each form submission) allowed per staff account and per client address. Payload's
 * lockout counts wrong passwords only; these limits also bound guessing of six-digit codes by someone who
 * has the password: at most 30 guesses a day against one in a million odds per guess (three steps valid).
 */
export const staffSignInLimits = {
  perAccount: { limit: 10, windowSeconds: 15 * 60 },
  perAccountDaily: { limit: 30, windowSeconds: 24 * 60 * 60 },
  perIp: { limit: 60, windowSeconds: 15 * 60 },
} as const
