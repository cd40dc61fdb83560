import 'server-only'
import type { Payload } from 'payload'
import type { MemberAccount } from '@/access/accountOf'

/** This member's subscription for a device (by its push address), read as the member; null if none. */
export const findOwnSubscription = async (payload: Payload, member: MemberAccount, endpoint: string) => {
  const found = await payload.find({
    collection: 'push-subscriptions',
    where: { endpoint: { equals: endpoint } },
    limit: 1,
    depth: 0,
    select: { endpoint: true, preferences: true, quietHours: true, deviceLabel: true },
    user: member,
    overrideAccess: false,
  })
  return found.docs[0] ?? null
}
