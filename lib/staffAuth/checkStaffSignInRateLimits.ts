import type { Payload } from 'payload'
import { hitRateLimit } from '@/lib/rateLimit/hitRateLimit'
import { rateLimitKey } from '@/lib/rateLimit/rateLimitKey'
import { staffSignInLimits } from './staffSignInLimits'

/**
 * Counts one staff sign-in attempt per client address, then per account (only once the address is within
 * its limit, so one noisy address cannot use up a colleague's allowance). True when every limit allows it.
 */
export const checkStaffSignInRateLimits = async (
  payload: Payload,
  who: { ip: string; email: string },
): Promise<boolean> => {
  const byIp = await hitRateLimit(payload, {
    key: rateLimitKey('staff-sign-in-ip', who.ip || 'unknown'),
    ...staffSignInLimits.perIp,
  })
  if (!byIp.allowed) return false
  const byAccount = await hitRateLimit(payload, {
    key: rateLimitKey('staff-sign-in', who.email),
    ...staffSignInLimits.perAccount,
  })
  if (!byAccount.allowed) return false
  const byAccountDaily = await hitRateLimit(payload, {
    key: rateLimitKey('staff-sign-in-day', who.email),
    ...staffSignInLimits.perAccountDaily,
  })
  return byAccountDaily.allowed
}
