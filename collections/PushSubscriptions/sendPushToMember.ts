import type { PayloadRequest } from 'payload'
import {
  ignoresQuietHours,
  type PushKind,
  preferenceFieldOf,
} from '@/collections/PushSubscriptions/pushKinds'
import { deliverWebPush } from '@/lib/push/deliverWebPush'
import type { PushMessage } from '@/lib/push/pushMessage'
import { vapidKeys } from '@/lib/push/vapidKeys'
import { isWithinDailyWindow } from '@/lib/time/isWithinDailyWindow'

/** Failed sends in a row after which a device is deleted. */
const maxFailuresInARow = 5

export type PushSendResult = {
  /** The member's subscribed devices (0: nothing to push to, so the caller falls back to email). */
  devices: number
  delivered: number
  /** Devices whose preferences or quiet hours held this message back. */
  skipped: number
  /** Devices the push service no longer knows (404/410): deleted. */
  removed: number
  failed: number
  /** Push is off on this install (no VAPID keys in production). */
  pushOff: boolean
  /** The account is suspended or gone: nothing was sent, and no email should be either. */
  inactive: boolean
}

/**
 * Sends one push message to every device of one member, as each device's settings allow: the kind must be
 * on, and outside quiet hours unless the kind ignores them (urgent). Records each device's last success
 * and failures, and deletes devices the push service says are gone. Suspended accounts get nothing. The message must be generic
 * (lib/push/pushMessage.ts): other features (conversations, the weekly bulletin) call this too.
 */
export const sendPushToMember = async (
  req: PayloadRequest,
  memberId: number,
  kind: PushKind,
  message: PushMessage,
  options: { now?: Date } = {},
): Promise<PushSendResult> => {
  const result: PushSendResult = {
    devices: 0,
    delivered: 0,
    skipped: 0,
    removed: 0,
    failed: 0,
    pushOff: false,
    inactive: false,
  }
  const keys = vapidKeys()
  const member = await req.payload.findByID({
    collection: 'members',
    id: memberId,
    select: { accountStatus: true },
    depth: 0,
    disableErrors: true,
    overrideAccess: true, // the system sending: is the account still allowed anything?
    req,
  })
  // A suspended (or deleted) account gets nothing, whoever calls: it has no access to what a push leads to.
  if (member?.accountStatus !== 'active') return { ...result, inactive: true }
  const subscriptions = await req.payload.find({
    collection: 'push-subscriptions',
    where: { member: { equals: memberId } },
    depth: 0,
    pagination: false,
    limit: 0,
    // The system sending: a device's keys are readable by no account, only by this code.
    overrideAccess: true,
    req,
  })
  result.devices = subscriptions.docs.length
  if (!keys) return { ...result, pushOff: true }
  const now = options.now ?? new Date()
  for (const device of subscriptions.docs) {
    const wanted = device.preferences?.[preferenceFieldOf[kind]] !== false
    const quiet =
      !ignoresQuietHours(kind) && isWithinDailyWindow(now, device.quietHours?.start, device.quietHours?.end)
    if (!wanted || quiet || !device.keys?.p256dh || !device.keys.auth) {
      result.skipped += 1
      continue
    }
    const target = { endpoint: device.endpoint, keys: { p256dh: device.keys.p256dh, auth: device.keys.auth } }
    const urgency = kind === 'urgent' || kind === 'in-town' ? 'high' : 'normal'
    const { outcome, status } = await deliverWebPush(target, message, keys, urgency)
    // Bookkeeping by the system, not by an account (each call says overrideAccess: true), inside the
    // caller's request.
    const thisDevice = { collection: 'push-subscriptions' as const, id: device.id, depth: 0, req }
    if (outcome === 'delivered') {
      result.delivered += 1
      await req.payload.update({
        ...thisDevice,
        overrideAccess: true,
        data: { lastSuccessAt: now.toISOString(), failureCount: 0 },
      })
    } else if (outcome === 'gone') {
      result.removed += 1
      await req.payload.delete({ ...thisDevice, overrideAccess: true })
    } else {
      result.failed += 1
      req.payload.logger.warn({ msg: 'Web push delivery failed', subscription: device.id, status })
      const failures = (device.failureCount ?? 0) + 1
      // A device that keeps failing is dropped: every send would wait for it, and the member can turn
      // notifications on again from the account page.
      if (failures >= maxFailuresInARow) {
        result.removed += 1
        await req.payload.delete({ ...thisDevice, overrideAccess: true })
      } else
        await req.payload.update({ ...thisDevice, overrideAccess: true, data: { failureCount: failures } })
    }
  }
  return result
}
