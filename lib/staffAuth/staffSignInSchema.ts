import { z } from 'zod'

export const staffSignInSchema = z.object({
  email: z.string().trim().toLowerCase().email('Enter your staff email address.').max(254),
  password: z.string().min(1, 'Enter your password.').max(200),
  // Six digits from the authenticator app, or a recovery code (xxxxx-xxxxx); empty the very first time.
  code: z
    .string()
    .trim()
    .max(40)
    .regex(/^[A-Za-z0-9\s-]*$/, 'Enter the code from your authenticator app.'),
})

export type StaffSignInInput = z.infer<typeof staffSignInSchema>
