import 'server-only'
import type { Payload } from 'payload'
import type { MemberAccount } from '@/access/accountOf'

/** The member's devices with notifications on, newest first, read as the member (labels and dates only). */
export const listOwnDevices = async (payload: Payload, member: MemberAccount) => {
  const found = await payload.find({
    collection: 'push-subscriptions',
    where: { member: { equals: member.id } },
    sort: '-createdAt',
    limit: 20,
    depth: 0,
    select: { deviceLabel: true, lastSuccessAt: true, createdAt: true },
    user: member,
    overrideAccess: false,
  })
  return found.docs.map((device) => ({
    id: device.id,
    label: device.deviceLabel || 'A device',
    since: device.createdAt,
    lastSuccessAt: device.lastSuccessAt ?? null,
  }))
}
