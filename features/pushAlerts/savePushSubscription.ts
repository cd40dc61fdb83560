import 'server-only'
import type { Payload } from 'payload'
import type { MemberAccount } from '@/access/accountOf'
import { maxDevicesPerMember } from '@/collections/PushSubscriptions/rules/subscriptionRules'
import { findOwnSubscription } from './findOwnSubscription'
import { type SubscriptionInput, subscriptionInputSchema } from './subscriptionInputSchema'

export type SaveSubscriptionResult = { ok: true; id: number } | { ok: false; message: string }

const cleanQuietHours = (quietHours: { start?: string | null; end?: string | null } | undefined) =>
  quietHours ? { start: quietHours.start || null, end: quietHours.end || null } : undefined

/**
 * Stores this browser's push subscription for the member, one row per device: saving the same device again
 * updates its label, settings and keys. A browser that last belonged to another account (a shared shop phone)
 * moves to this one: holding the browser's subscription is the proof of the device, and the previous owner's
 * row would otherwise block it (the push address is unique).
 */
export const savePushSubscription = async (
  payload: Payload,
  member: MemberAccount,
  input: SubscriptionInput,
): Promise<SaveSubscriptionResult> => {
  const parsed = subscriptionInputSchema.safeParse(input)
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? 'Check the device.' }
  const { endpoint, keys, deviceLabel, preferences, quietHours } = parsed.data
  const asMember = { user: member, overrideAccess: false as const, depth: 0 }
  const settings = {
    ...(deviceLabel !== undefined ? { deviceLabel } : {}),
    ...(preferences ? { preferences } : {}),
    ...(quietHours ? { quietHours: cleanQuietHours(quietHours) } : {}),
  }
  const own = await findOwnSubscription(payload, member, endpoint)
  if (own) {
    // The same browser again: its settings, and its keys if the browser renewed them.
    const updated = await payload.update({
      collection: 'push-subscriptions',
      id: own.id,
      data: { keys, ...settings },
      ...asMember,
    })
    return { ok: true, id: updated.id }
  }
  const devices = await payload.count({ collection: 'push-subscriptions', ...asMember })
  if (devices.totalDocs >= maxDevicesPerMember)
    return {
      ok: false,
      message: `Notifications are on for ${maxDevicesPerMember} devices already. Turn them off on one you no longer use first.`,
    }
  await payload.delete({
    collection: 'push-subscriptions',
    where: { endpoint: { equals: endpoint } },
    // Another account's row for this same browser (see above); the member could not read it otherwise.
    overrideAccess: true,
  })
  const created = await payload.create({
    collection: 'push-subscriptions',
    data: { endpoint, keys, ...settings },
    ...asMember,
  })
  return { ok: true, id: created.id }
}
