import { z } from 'zod'
import { isPushServiceHost } from '@/lib/push/isPushServiceHost'

const base64url = /^[A-Za-z0-9_-]+={0,2}$/
const clock = /^([01]\d|2[0-3]):[0-5]\d$/

/** What a valid browser subscription looks like: an https endpoint and the two keys, base64url. */
export const subscriptionKeysSchema = z.object({
  p256dh: z.string().min(80).max(100).regex(base64url, 'Not a valid device key.'),
  auth: z.string().min(16).max(32).regex(base64url, 'Not a valid device key.'),
})

export const endpointSchema = z
  .string()
  .trim()
  .max(1000)
  .url('Not a push address.')
  .refine((value) => value.startsWith('https://'), 'Push addresses are always https.')
  .refine(isPushServiceHost, 'This browser’s push service is not one NTARS sends to.')

/** How many devices one account may have notifications on: a phone, a tablet, a computer or two. */
export const maxDevicesPerMember = 10

export const preferencesSchema = z.object({
  urgent: z.boolean().optional(),
  inTown: z.boolean().optional(),
  briefings: z.boolean().optional(),
  digest: z.boolean().optional(),
})

/** Quiet hours as UK wall-clock times, "22:00" to "07:00"; both empty turns them off. */
export const quietHoursSchema = z
  .object({
    start: z.union([z.literal(''), z.string().regex(clock, 'Use a time such as 22:00.')]).nullish(),
    end: z.union([z.literal(''), z.string().regex(clock, 'Use a time such as 07:00.')]).nullish(),
  })
  .refine((value) => Boolean(value.start) === Boolean(value.end), 'Give both a start and an end, or neither.')

export const clockPattern = clock
