import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { clientIp } from '@/lib/audit/clientIp'
import { checkAuthLimits } from './checkAuthLimits'
import { tooManyAttemptsMessage } from './tooManyAttemptsMessage'

const kinds = { login: 'signIn', forgotPassword: 'forgot', resetPassword: 'reset' } as const

/** Where `releaseSignInAttempts` finds the keys of a sign-in that then succeeded. */
export const signInLimitKeysContext = 'signInLimitKeys'

/**
 * The same per-address and per-account limits as the members' forms, on Payload's REST endpoints
 * (`/api/{users,members}/login`, `/forgot-password`, `/reset-password`; the admin's sign-in is one of them).
 * Refuses with 429 and "Too many attempts…". Local API calls are the app's own (the members' forms count
 * their attempts themselves), so only REST requests are counted here.
 */
export const limitAuthRequests: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (req.payloadAPI !== 'REST' || !(operation in kinds)) return args
  const kind = kinds[operation as keyof typeof kinds]
  const data = (args as { data?: { email?: unknown; token?: unknown } }).data
  const account = String((kind === 'reset' ? data?.token : data?.email) ?? '')
    .trim()
    .toLowerCase()
  const limits = await checkAuthLimits(req.payload, kind, { account, ip: clientIp(req.headers) })
  if (limits.retryAfterSeconds !== null) {
    req.payload.logger.warn({ msg: 'Auth request rate-limited', collection: collection.slug, kind })
    // With data: Payload only shows a bare APIError's message when its class name survived minification.
    const details = { retryAfterSeconds: limits.retryAfterSeconds }
    throw new APIError(tooManyAttemptsMessage(limits.retryAfterSeconds), 429, details, true)
  }
  if (kind === 'signIn') req.context[signInLimitKeysContext] = limits.keys
  return args
}
