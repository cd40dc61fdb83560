import type { Payload } from 'payload'
import { authLimits } from './authLimits'
import { countAttempt } from './countAttempt'
import { rateLimitKey } from './rateLimitKey'

export type AuthLimitCheck = {
  /** Seconds to wait when refused, else null. */
  retryAfterSeconds: number | null
  /** The keys counted, to give back with `releaseAttempt` when the attempt succeeds. */
  keys: string[]
}

type Kind = 'signIn' | 'forgot' | 'reset'

const rulesOf = {
  signIn: { account: authLimits.signInPerAccount, ip: authLimits.signInPerIp },
  forgot: { account: authLimits.forgotPerAccount, ip: authLimits.forgotPerIp },
  reset: { account: authLimits.resetPerToken, ip: authLimits.resetPerIp },
} as const

/**
 * Counts one attempt against the per-address limit, then (only if that passed, so one busy address cannot
 * use up a person's allowance) the per-account one. `account` is the email, or the reset token. A request
 * with no known address (the Local API, scripts) has no per-address limit.
 */
export const checkAuthLimits = async (
  payload: Payload,
  kind: Kind,
  who: { account: string; ip?: string },
): Promise<AuthLimitCheck> => {
  const keys: string[] = []
  if (who.ip) {
    const key = rateLimitKey(`${kind}-ip`, who.ip)
    const byIp = await countAttempt(payload, { key, ...rulesOf[kind].ip })
    keys.push(key)
    if (!byIp.allowed) return { retryAfterSeconds: byIp.retryAfterSeconds, keys }
  }
  const key = rateLimitKey(`${kind}-account`, who.account)
  const byAccount = await countAttempt(payload, { key, ...rulesOf[kind].account })
  keys.push(key)
  return { retryAfterSeconds: byAccount.allowed ? null : byAccount.retryAfterSeconds, keys }
}
