import { staffSessionLimits } from './staffSessionLimits'

/**
 * How many seconds a staff token issued at `now` may live: the idle limit, cut short at the session's
 * absolute end (sign-in + `absoluteHours`); null once that end has come (or the session has no start time,
 * so it cannot prove it is within the limit). Whole seconds, as a JWT's `exp`. Pure, so tests run any clock.
 */
export const staffTokenSeconds = (
  session: { createdAt?: Date | string | null },
  now: Date,
): number | null => {
  const created = session.createdAt ? new Date(session.createdAt).getTime() : Number.NaN
  if (!Number.isFinite(created)) return null
  const absoluteEnd = created + staffSessionLimits.absoluteHours * 3_600_000
  const untilEnd = Math.floor((absoluteEnd - now.getTime()) / 1000)
  if (untilEnd <= 0) return null
  return Math.min(staffSessionLimits.idleMinutes * 60, untilEnd)
}
