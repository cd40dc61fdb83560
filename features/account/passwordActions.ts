'use server'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { z } from 'zod'
import { clientIp } from '@/lib/audit/clientIp'
import { auth } from '@/lib/auth/auth'
import { changeMemberPassword } from '@/lib/auth/changeMemberPassword'
import { currentMember } from '@/lib/auth/currentMember'
import { newPasswordSchema } from '@/lib/auth/newPasswordSchema'
import { revokeAllMemberSessions } from '@/lib/auth/revokeAllMemberSessions'
import { getPayloadClient } from '@/lib/database/getPayloadClient'
import { checkAuthLimits } from '@/lib/rateLimit/checkAuthLimits'
import { tooManyAttemptsMessage } from '@/lib/rateLimit/tooManyAttemptsMessage'

export type PasswordState = { ok?: boolean; error?: string }

/**
 * Emails a reset link. Says the same whether or not the address has an account. Limited per address and
 * per email (counted whether or not the account exists, so the limit reveals nothing either).
 */
export const forgotPasswordAction = async (_state: PasswordState, form: FormData): Promise<PasswordState> => {
  const email = z.string().trim().toLowerCase().email().max(254).safeParse(form.get('email'))
  if (!email.success) return { error: 'Enter the email address you sign in with.' }
  const payload = await getPayloadClient()
  const limits = await checkAuthLimits(payload, 'forgot', {
    account: email.data,
    ip: clientIp(await headers()),
  })
  if (limits.retryAfterSeconds !== null) return { error: tooManyAttemptsMessage(limits.retryAfterSeconds) }
  try {
    // Payload's own flow: a one-hour token, emailed; nothing is revealed about whether the account exists.
    await payload.forgotPassword({ collection: 'members', data: { email: email.data }, overrideAccess: true })
  } catch (error) {
    payload.logger.warn({ msg: 'Password reset email failed', err: (error as Error).name })
  }
  return { ok: true }
}

/**
 * Sets a new password from an emailed link (also how invited members choose their first password). Tries
 * are limited per link and per address; a reset ends every existing sign-in of the account (a reset is
 * often because someone else knew the old password).
 */
export const resetPasswordAction = async (_state: PasswordState, form: FormData): Promise<PasswordState> => {
  const token = z.string().min(10).max(200).safeParse(form.get('token'))
  if (!token.success) return { error: 'This link is not valid. Ask for a new one.' }
  const parsed = newPasswordSchema.safeParse({ password: form.get('password'), confirm: form.get('confirm') })
  if (!parsed.success) return { error: parsed.error.issues[0]?.message }
  const payload = await getPayloadClient()
  const limits = await checkAuthLimits(payload, 'reset', {
    account: token.data,
    ip: clientIp(await headers()),
  })
  if (limits.retryAfterSeconds !== null) return { error: tooManyAttemptsMessage(limits.retryAfterSeconds) }
  try {
    const result = await payload.resetPassword({
      collection: 'members',
      data: { token: token.data, password: parsed.data.password },
      // The emailed token is the authority here; no one is signed in.
      overrideAccess: true,
    })
    const user = result.user as { id?: number } | undefined
    if (user?.id) {
      await payload.update({
        collection: 'members',
        id: user.id,
        data: { mustChangePassword: false },
        // The account has just proved it owns the email; the flag is not writable through any API.
        overrideAccess: true,
      })
      // Includes the session Payload's reset itself just opened: the member signs in afresh.
      await revokeAllMemberSessions(payload, user.id)
    }
  } catch {
    return { error: 'This link has expired or was already used. Ask for a new one.' }
  }
  redirect('/sign-in?reset=1')
}

/**
 * A signed-in member changes their password, proving the current one first (lib/auth/changeMemberPassword).
 * Every other sign-in of the account ends; this device stays signed in.
 */
export const changePasswordAction = async (_state: PasswordState, form: FormData): Promise<PasswordState> => {
  const member = await currentMember()
  if (!member) return { error: 'Your session has ended. Sign in again.' }
  const parsed = newPasswordSchema.safeParse({ password: form.get('password'), confirm: form.get('confirm') })
  if (!parsed.success) return { error: parsed.error.issues[0]?.message }
  const session = await auth()
  const outcome = await changeMemberPassword(await getPayloadClient(), member, {
    currentSid: session?.sid,
    currentPassword: String(form.get('current') ?? ''),
    newPassword: parsed.data.password,
  })
  if (outcome === 'wrong-current-password') return { error: 'Your current password is not right.' }
  return { ok: true }
}
