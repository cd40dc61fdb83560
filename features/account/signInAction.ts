'use server'
import { AuthError } from 'next-auth'
import { signIn } from '@/lib/auth/auth'
import { safeNextPath } from '@/lib/auth/safeNextPath'
import { signInSchema } from '@/lib/auth/signInSchema'
import { tooManyAttemptsMessage } from '@/lib/rateLimit/tooManyAttemptsMessage'

export type SignInState = { error?: string; email?: string }

const refusalMessages: Record<string, string> = {
  busy: 'The service is busy, try again in a minute.',
  locked:
    'Too many failed attempts: this account is locked for 15 minutes. Try again later or reset your password.',
  suspended: 'This account or its business is suspended. Contact the scheme office.',
  invalid: 'That email and password do not match an active member account.',
}

/** Signs a member in; on refusal returns a message and the email typed, so nothing has to be retyped. */
export const signInAction = async (_state: SignInState, form: FormData): Promise<SignInState> => {
  const email = String(form.get('email') ?? '')
  const parsed = signInSchema.safeParse({ email, password: form.get('password') })
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? 'Check your details.', email }
  try {
    // Same-origin paths only: "/\evil.example" passed the old prefix check (lib/auth/safeNextPath.ts).
    await signIn('credentials', { ...parsed.data, redirectTo: safeNextPath(form.get('next')) })
    return {}
  } catch (error) {
    if (error instanceof AuthError) {
      const code = (error as AuthError & { code?: string }).code ?? 'invalid'
      const limited = /^limited:(\d+)$/.exec(code)
      if (limited) return { error: tooManyAttemptsMessage(Number(limited[1])), email }
      return { error: refusalMessages[code] ?? refusalMessages.invalid, email }
    }
    throw error // next's redirect after a successful sign-in travels as an exception
  }
}
