'use server'
import { headers } from 'next/headers'
import { currentMember } from '@/lib/auth/currentMember'
import { getPayloadClient } from '@/lib/database/getPayloadClient'
import { deviceLabelOf } from '@/lib/format/deviceLabelOf'
import { findOwnSubscription } from './findOwnSubscription'
import { removePushSubscription } from './removePushSubscription'
import { savePushSubscription } from './savePushSubscription'
import type { DeviceSettingsInput, SubscriptionInput } from './subscriptionInputSchema'
import { updateDeviceSettings } from './updateDeviceSettings'

export type DeviceActionState = { ok: boolean; message: string }
export type DeviceSettings = {
  preferences: { urgent: boolean; inTown: boolean; briefings: boolean; digest: boolean }
  quietHours: { start: string; end: string }
}

const signedOut: DeviceActionState = { ok: false, message: 'Sign in again to change notifications.' }

/** Saves this browser's subscription for the signed-in member; the device's name comes from its user agent. */
export const subscribeDeviceAction = async (
  input: Pick<SubscriptionInput, 'endpoint' | 'keys'>,
): Promise<DeviceActionState> => {
  const member = await currentMember()
  if (!member) return signedOut
  const payload = await getPayloadClient()
  try {
    const result = await savePushSubscription(payload, member, {
      endpoint: input?.endpoint,
      keys: input?.keys,
      deviceLabel: deviceLabelOf((await headers()).get('user-agent')),
    } as SubscriptionInput)
    return result.ok ? { ok: true, message: 'Notifications are on for this device.' } : result
  } catch (error) {
    payload.logger.error({ msg: 'Could not save a push subscription', err: (error as Error).message })
    return { ok: false, message: 'That could not be saved. Try again.' }
  }
}

/** Changes this device's preferences and quiet hours. */
export const updateDeviceSettingsAction = async (input: DeviceSettingsInput): Promise<DeviceActionState> => {
  const member = await currentMember()
  if (!member) return signedOut
  return updateDeviceSettings(await getPayloadClient(), member, input)
}

/** Forgets this device (notifications turned off on it). */
export const unsubscribeDeviceAction = async (endpoint: string): Promise<DeviceActionState> => {
  const member = await currentMember()
  if (!member) return signedOut
  await removePushSubscription(await getPayloadClient(), member, String(endpoint ?? ''))
  return { ok: true, message: 'Notifications are off for this device.' }
}

/** This device's settings, if it is one of the member's subscribed devices. */
export const deviceSettingsAction = async (endpoint: string): Promise<DeviceSettings | null> => {
  const member = await currentMember()
  if (!member || typeof endpoint !== 'string' || !endpoint.startsWith('https://')) return null
  const own = await findOwnSubscription(await getPayloadClient(), member, endpoint)
  if (!own) return null
  return {
    preferences: {
      urgent: own.preferences?.urgent !== false,
      inTown: own.preferences?.inTown !== false,
      briefings: own.preferences?.briefings !== false,
      digest: own.preferences?.digest === true,
    },
    quietHours: { start: own.quietHours?.start ?? '', end: own.quietHours?.end ?? '' },
  }
}
