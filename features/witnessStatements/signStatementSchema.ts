import { z } from 'zod'
import { statementLimits } from '@/collections/WitnessStatements/rules/statementLimits'

const ticked = (value: unknown) => value === 'on' || value === 'true' || value === true

/**
 * What the reporter sends when they sign: the statement as they corrected it, their occupation, whether
 * they are over 18, the declaration ticked and the drawn signature (checked separately as an image).
 */
export const signStatementSchema = z.object({
  id: z.coerce.number().int().positive('This statement was not found.'),
  body: z
    .string()
    .trim()
    .min(1, 'Write your statement before you sign it.')
    .max(statementLimits.body, `Your statement is at most ${statementLimits.body} characters.`),
  occupation: z
    .string()
    .trim()
    .min(1, 'Enter your occupation.')
    .max(statementLimits.occupation, `Your occupation is at most ${statementLimits.occupation} characters.`),
  over18: z.unknown().transform(ticked),
  declaration: z
    .unknown()
    .refine(ticked, 'Tick the declaration to confirm the statement is true.')
    .transform(() => true as const),
  signature: z.string().max(1_000_000, 'The signature is too large. Clear it and sign again.'),
})

export type SignStatementField = 'body' | 'occupation' | 'declaration' | 'signature'
