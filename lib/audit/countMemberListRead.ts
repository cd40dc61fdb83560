import { createLocalReq, type PayloadRequest } from 'payload'
import { countAttempt } from '@/lib/rateLimit/countAttempt'
import { rateLimitKey } from '@/lib/rateLimit/rateLimitKey'
import { waitInMinutes } from '@/lib/rateLimit/waitInMinutes'
import { auditAccessDenied } from './auditAccessDenied'
import { memberListReadRules } from './memberListReadRules'

/**
 * Counts one list read against the signed-in member's limit (lib/rateLimit, in PostgreSQL, so every app
 * instance shares it). Over the limit it returns the refusal in words for the member ("Too many searches.
 * Try again in 7 minutes."), else null. The first refusal in a window is audit-logged, in a request of its
 * own (the caller's transaction may be rolled back with the refusal); logging every refused call would let
 * a script flood the log.
 */
export const countMemberListRead = async (req: PayloadRequest): Promise<string | null> => {
  const { limit, windowSeconds } = memberListReadRules.perAccount
  const memberId = String((req.user as { id?: number } | null)?.id ?? '')
  const outcome = await countAttempt(req.payload, {
    key: rateLimitKey('member-list-reads', memberId),
    limit,
    windowSeconds,
  })
  if (outcome.allowed) return null
  if (outcome.count === limit + 1) {
    const own = await createLocalReq(
      { user: req.user ?? undefined, req: { headers: req.headers } },
      req.payload,
    )
    await auditAccessDenied(own, {
      summary: `List reads refused: more than ${limit} in ${waitInMinutes(windowSeconds)}`,
      details: { limit, windowSeconds },
    })
  }
  return `Too many searches. Try again in ${waitInMinutes(outcome.retryAfterSeconds)}.`
}
