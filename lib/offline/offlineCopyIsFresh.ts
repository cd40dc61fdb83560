/** The header the service worker stamps on a member's stored copy: when it was stored (ms since epoch). */
export const storedAtHeader = 'x-ntars-stored-at'

/**
 * Whether a stored copy may still be shown offline: stored less than `minutes` ago (and not in the future,
 * which a phone clock set back would otherwise make last for ever).
 */
export const offlineCopyIsFresh = (storedAt: string | null, now: number, minutes: number): boolean => {
  const stored = Number(storedAt)
  if (!storedAt || !Number.isFinite(stored)) return false
  const age = now - stored
  return age >= 0 && age < minutes * 60_000
}
