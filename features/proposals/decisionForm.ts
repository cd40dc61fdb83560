import { z } from 'zod'

const idSchema = z.coerce.number().int().positive()

/** The fields every queue decision posts: the proposal, and the one to open next (if any). */
export const decisionSchema = z.object({
  id: idSchema,
  next: idSchema.optional().catch(undefined),
})

export const rejectSchema = decisionSchema.extend({
  reason: z
    .string({ error: 'Give a reason for rejecting.' })
    .trim()
    .min(3, 'Give a reason for rejecting (at least 3 characters).')
    .max(1000, 'Keep the reason under 1,000 characters.'),
})

export const mergeSchema = z
  .object({ survivor: idSchema, duplicate: idSchema })
  .refine((ids) => ids.survivor !== ids.duplicate, 'A profile cannot be merged into itself.')

/** A form's fields as a plain object for zod: absent fields are undefined, not null. */
export const formFields = (form: FormData, ...names: string[]) =>
  Object.fromEntries(names.map((name) => [name, form.get(name) ?? undefined]))
