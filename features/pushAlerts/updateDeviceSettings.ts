import 'server-only'
import type { Payload } from 'payload'
import type { MemberAccount } from '@/access/accountOf'
import { findOwnSubscription } from './findOwnSubscription'
import { type DeviceSettingsInput, deviceSettingsSchema } from './subscriptionInputSchema'

/** Changes what one of the member's own devices receives, and its quiet hours. */
export const updateDeviceSettings = async (
  payload: Payload,
  member: MemberAccount,
  input: DeviceSettingsInput,
): Promise<{ ok: boolean; message: string }> => {
  const parsed = deviceSettingsSchema.safeParse(input)
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? 'Check the settings.' }
  const own = await findOwnSubscription(payload, member, parsed.data.endpoint)
  if (!own) return { ok: false, message: 'Turn notifications on for this device first.' }
  const { preferences, quietHours } = parsed.data
  await payload.update({
    collection: 'push-subscriptions',
    id: own.id,
    data: { preferences, quietHours: { start: quietHours.start || null, end: quietHours.end || null } },
    depth: 0,
    user: member,
    overrideAccess: false,
  })
  return { ok: true, message: 'Saved.' }
}
