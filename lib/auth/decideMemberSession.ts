import { memberSessionTimeouts } from './memberSessionTimeouts'

export type StoredSession = { createdAt?: string | null; expiresAt: string }

export type SessionDecision =
  | { valid: false; reason: 'idle' | 'absolute' }
  | {
      valid: true /** The new idle deadline to store, or null when the stored one is recent enough. */
      slideTo: Date | null
    }

/**
 * Whether one stored Payload session still admits a request at `now`, and whether its deadline should move.
 * Payload's `expiresAt` is the idle deadline: past it the session is over. `createdAt` fixes the absolute
 * end, which sliding never passes. Pure, so tests can run it with any clock.
 */
export const decideMemberSession = (session: StoredSession, now: Date): SessionDecision => {
  const { idleMinutes, absoluteHours, slideEverySeconds } = memberSessionTimeouts
  const created = session.createdAt ? new Date(session.createdAt).getTime() : Number.NaN
  // A session without a start time cannot prove it is within the absolute limit: it is over.
  if (!Number.isFinite(created)) return { valid: false, reason: 'absolute' }
  const absoluteEnd = created + absoluteHours * 3600_000
  if (now.getTime() >= absoluteEnd) return { valid: false, reason: 'absolute' }
  const idleEnd = new Date(session.expiresAt).getTime()
  if (!(now.getTime() < idleEnd)) return { valid: false, reason: 'idle' }
  const wanted = Math.min(now.getTime() + idleMinutes * 60_000, absoluteEnd)
  // Throttled: only when the deadline would move by at least a minute, i.e. one write per minute of use.
  return { valid: true, slideTo: wanted - idleEnd >= slideEverySeconds * 1000 ? new Date(wanted) : null }
}
