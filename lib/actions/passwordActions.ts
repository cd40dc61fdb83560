'use server'
import { redirect } from 'next/navigation'
import { z } from 'zod'
import { currentMember } from '@/lib/auth/currentMember'
import { newPasswordSchema } from '@/lib/auth/newPasswordSchema'
import { revokeMemberSession } from '@/lib/auth/revokeMemberSession'
import { sessionIdOf } from '@/lib/auth/sessionIdOf'
import { getPayloadClient } from '@/lib/payload/getPayloadClient'

export type PasswordState = { ok?: boolean; error?: string }

/** Emails a reset link. Says the same whether or not the address has an account. */
export const forgotPasswordAction = async (_state: PasswordState, form: FormData): Promise<PasswordState> => {
  const email = z.string().trim().toLowerCase().email().max(254).safeParse(form.get('email'))
  if (!email.success) return { error: 'Enter the email address you sign in with.' }
  const payload = await getPayloadClient()
  try {
    // Payload's own flow: a one-hour token, emailed; nothing is revealed about whether the account exists.
    await payload.forgotPassword({ collection: 'members', data: { email: email.data }, overrideAccess: true })
  } catch (error) {
    payload.logger.warn({ msg: 'Password reset email failed', err: (error as Error).name })
  }
  return { ok: true }
}

/** Sets a new password from an emailed link (also how invited members choose their first password). */
export const resetPasswordAction = async (_state: PasswordState, form: FormData): Promise<PasswordState> => {
  const token = z.string().min(10).max(200).safeParse(form.get('token'))
  if (!token.success) return { error: 'This link is not valid. Ask for a new one.' }
  const parsed = newPasswordSchema.safeParse({ password: form.get('password'), confirm: form.get('confirm') })
  if (!parsed.success) return { error: parsed.error.issues[0]?.message }
  const payload = await getPayloadClient()
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
      if (result.token) {
        const sid = sessionIdOf(result.token)
        if (sid) await revokeMemberSession(payload, user.id, sid)
      }
    }
  } catch {
    return { error: 'This link has expired or was already used. Ask for a new one.' }
  }
  redirect('/sign-in?reset=1')
}

/** A signed-in member changes their password, proving the current one first. */
export const changePasswordAction = async (_state: PasswordState, form: FormData): Promise<PasswordState> => {
  const member = await currentMember()
  if (!member) return { error: 'Your session has ended. Sign in again.' }
  const parsed = newPasswordSchema.safeParse({ password: form.get('password'), confirm: form.get('confirm') })
  if (!parsed.success) return { error: parsed.error.issues[0]?.message }
  const payload = await getPayloadClient()
  try {
    const check = await payload.login({
      collection: 'members',
      data: { email: member.email, password: String(form.get('current') ?? '') },
      overrideAccess: true, // checking the current password only
    })
    const sid = check.token ? sessionIdOf(check.token) : null
    if (sid) await revokeMemberSession(payload, member.id, sid)
  } catch {
    return { error: 'Your current password is not right.' }
  }
  await payload.update({
    collection: 'members',
    id: member.id,
    data: { password: parsed.data.password },
    user: member,
    overrideAccess: false,
  })
  await payload.update({
    collection: 'members',
    id: member.id,
    data: { mustChangePassword: false },
    overrideAccess: true, // the flag is not writable through any API; the member has just set a password
  })
  return { ok: true }
}
