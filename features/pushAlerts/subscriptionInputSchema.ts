import { z } from 'zod'
import {
  endpointSchema,
  preferencesSchema,
  quietHoursSchema,
  subscriptionKeysSchema,
} from '@/collections/PushSubscriptions/rules/subscriptionRules'

/** A device's subscription as the account page sends it. */
export const subscriptionInputSchema = z.object({
  endpoint: endpointSchema,
  keys: subscriptionKeysSchema,
  deviceLabel: z.string().trim().max(80).optional(),
  preferences: preferencesSchema.optional(),
  quietHours: quietHoursSchema.optional(),
})
export type SubscriptionInput = z.input<typeof subscriptionInputSchema>

/** A device's settings as the account page changes them. */
export const deviceSettingsSchema = z.object({
  endpoint: endpointSchema,
  preferences: preferencesSchema,
  quietHours: quietHoursSchema,
})
export type DeviceSettingsInput = z.input<typeof deviceSettingsSchema>
