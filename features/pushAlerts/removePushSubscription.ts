import 'server-only'
import type { Payload } from 'payload'
import type { MemberAccount } from '@/access/accountOf'
import { endpointSchema } from '@/collections/PushSubscriptions/rules/subscriptionRules'

/** Forgets this member's device (they turned notifications off on it). True when a row was removed. */
export const removePushSubscription = async (
  payload: Payload,
  member: MemberAccount,
  endpoint: string,
): Promise<boolean> => {
  const parsed = endpointSchema.safeParse(endpoint)
  if (!parsed.success) return false
  const removed = await payload.delete({
    collection: 'push-subscriptions',
    where: { endpoint: { equals: parsed.data } },
    depth: 0,
    user: member,
    overrideAccess: false,
  })
  return removed.docs.length > 0
}
