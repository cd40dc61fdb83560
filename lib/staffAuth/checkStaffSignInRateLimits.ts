import type { Payload } from 'payload'
import { hitRateLimit } from '@/lib/rateLimit/hitRateLimit'
import { rateLimitKey } from '@/lib/rateLimit/rateLimitKey'
import { staffSignInLimits } from './staffSignInLimits'

/**
 * Counts one staff sign-in attempt per client address, then per account (only once the address is within
 * its limit, so one noisy address cannot use up a colleague's allowance). Returns whether every limit
 * allows it, and the keys counted, which the caller gives back when the attempt succeeds (only failures
 * add up, as for the members' form).
 */
export const checkStaffSignInRateLimits = async (
  payload: Payload,
  who: { ip: string; email: string },
): Promise<{ allowed: boolean; keys: string[] }> => {
  const rules = [
    { key: rateLimitKey('staff-sign-in-ip', who.ip || 'unknown'), ...staffSignInLimits.perIp },
    { key: rateLimitKey('staff-sign-in', who.email), ...staffSignInLimits.perAccount },
    { key: rateLimitKey('staff-sign-in-day', who.email), ...staffSignInLimits.perAccountDaily },
  ]
  const keys: string[] = []
  for (const rule of rules) {
    const outcome = await hitRateLimit(payload, rule)
    keys.push(rule.key)
    if (!outcome.allowed) return { allowed: false, keys }
  }
  return { allowed: true, keys }
}
