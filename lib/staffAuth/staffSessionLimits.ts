/**
 * How long a staff (admin) sign-in lasts: it ends `idleMinutes` after the last token refresh (the admin
 * refreshes while it is in use) and, however busy, `absoluteHours` after signing in, when the password and
 * second factor are asked for again. Longer than a member's shift: staff work a full office day at a desk.
 */
export const staffSessionLimits = {
  idleMinutes: 30,
  absoluteHours: 10,
} as const
