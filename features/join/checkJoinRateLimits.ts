import type { Payload } from 'payload'
import { hitRateLimit } from '@/lib/rateLimit/hitRateLimit'
import { rateLimitKey } from '@/lib/rateLimit/rateLimitKey'
import { joinLimits } from './joinLimits'

/**
 * Counts an application against the per-address and per-email limits; returns the message to show when one
 * is exceeded, else null. The email is counted only once the address is within its limit, so one busy
 * address cannot use up someone else's email allowance.
 */
export const checkJoinRateLimits = async (
  payload: Payload,
  who: { ip: string; email: string },
): Promise<string | null> => {
  const byIp = await hitRateLimit(payload, {
    key: rateLimitKey('join-ip', who.ip || 'unknown'),
    ...joinLimits.perIp,
  })
  if (!byIp.allowed) {
    return 'Too many applications have been sent from this connection in the last hour. Please try again later.'
  }
  const byEmail = await hitRateLimit(payload, {
    key: rateLimitKey('join-email', who.email),
    ...joinLimits.perEmail,
  })
  if (!byEmail.allowed) {
    return 'Too many applications have been sent with this email address today. Please try again tomorrow, or contact the scheme team.'
  }
  return null
}
