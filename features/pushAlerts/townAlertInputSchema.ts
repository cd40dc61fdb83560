import { z } from 'zod'
import { businessCategories } from '@/collections/Businesses/businessCategories'

const categories = businessCategories.map((category) => category.value) as [string, ...string[]]

/** An "in town now" alert as police or staff send it: which profile, where seen, to which businesses. */
export const townAlertInputSchema = z.object({
  offender: z.coerce.number().int().positive('Choose a profile.'),
  place: z
    .string()
    .trim()
    .min(2, 'Say where they were seen.')
    .max(120, 'Keep the place under 120 characters.'),
  audience: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('all') }),
    z.object({ kind: z.literal('category'), category: z.enum(categories, 'Choose a type of business.') }),
    z.object({
      kind: z.literal('area'),
      area: z
        .string()
        .trim()
        .toUpperCase()
        .regex(/^[A-Z]{1,2}\d[A-Z\d]?( \d)?$/, 'Give a postcode area such as NB1 or NB1 4.'),
    }),
  ]),
})
export type TownAlertInput = z.input<typeof townAlertInputSchema>
export type TownAlertAudience = z.output<typeof townAlertInputSchema>['audience']
