import { z } from 'zod'

/** The serve form: where it was served, and whether the person signed (with the drawn signature) or refused. */
export const serveNoticeSchema = z.discriminatedUnion(
  'signature',
  [
    z.object({
      notice: z.coerce.number().int().positive(),
      place: z
        .string()
        .trim()
        .min(2, 'Say where you served the notice.')
        .max(200, 'The place is at most 200 characters.'),
      signature: z.literal('signed'),
      signatureImage: z
        .string({ message: 'Sign in the box before you submit.' })
        .max(1_000_000, 'The signature is too large. Clear it and sign again.'),
    }),
    z.object({
      notice: z.coerce.number().int().positive(),
      place: z
        .string()
        .trim()
        .min(2, 'Say where you served the notice.')
        .max(200, 'The place is at most 200 characters.'),
      signature: z.literal('refused'),
    }),
  ],
  { message: 'Say whether the person signed or refused to sign.' },
)

export type ServeNoticeInput = z.infer<typeof serveNoticeSchema>
