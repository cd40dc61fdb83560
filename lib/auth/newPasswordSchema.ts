import { z } from 'zod'
import { passwordProblem } from '@/lib/security/passwordProblem'

/**
 * New passwords: long enough and not on the shipped list of common and breached passwords
 * (`lib/security/passwordProblem`, the same rule Payload's hook applies to staff); the two entries must match.
 */
export const newPasswordSchema = z
  .object({
    password: z.string().superRefine((value, context) => {
      const problem = passwordProblem(value)
      if (problem) context.addIssue({ code: 'custom', message: problem })
    }),
    confirm: z.string(),
  })
  .refine((value) => value.password === value.confirm, {
    path: ['confirm'],
    message: 'The two passwords do not match.',
  })
