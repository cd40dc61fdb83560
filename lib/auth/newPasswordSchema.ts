import { z } from 'zod'

/** New passwords: long enough to resist guessing; the two entries must match. */
export const newPasswordSchema = z
  .object({
    password: z.string().min(12, 'Use at least 12 characters.').max(200, 'That password is too long.'),
    confirm: z.string(),
  })
  .refine((value) => value.password === value.confirm, {
    path: ['confirm'],
    message: 'The two passwords do not match.',
  })
