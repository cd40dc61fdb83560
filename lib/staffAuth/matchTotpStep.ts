import { totpFor } from './totpFor'
import { totpSettings } from './totpSettings'

/**
 * The time step (30-second counter) a code belongs to, or null when it matches none in the window. The step,
 * not just "valid", is returned so the caller can refuse a code from a step already used (replay).
 */
export const matchTotpStep = (base32Secret: string, code: string, now = Date.now()): number | null => {
  if (!/^\d{6}$/.test(code)) return null
  const delta = totpFor(base32Secret).validate({ token: code, timestamp: now, window: totpSettings.window })
  if (delta === null) return null
  return Math.floor(now / 1000 / totpSettings.period) + delta
}
