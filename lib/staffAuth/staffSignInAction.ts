'use server'
import { cookies, headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { clientIp } from '@/lib/audit/clientIp'
import { getPayloadClient } from '@/lib/database/getPayloadClient'
import { readSchemeSettings } from '@/lib/settings/readSchemeSettings'
import { otpauthUri } from './otpauthUri'
import { qrCodeSvg } from './qrCodeSvg'
import { safeAdminPath } from './safeAdminPath'
import { signInStaff } from './signInStaff'
import { staffCookie } from './staffCookie'

export type StaffSignInState = {
  error?: string
  /** The next thing the form asks for. */
  step?: 'code' | 'enrol' | 'done'
  enrol?: { secret: string; qr: string }
  /** Shown once, right after enrolment. */
  recoveryCodes?: string[]
  next?: string
}

const messages: Record<string, string> = {
  invalid: 'That email, password or code is not right.',
  'wrong-code': 'That code is not right, or was already used. Wait for a new code and try again.',
  locked:
    'Too many failed attempts: this account is locked for 15 minutes. Try again later or reset your password.',
  'rate-limited': 'Too many sign-in attempts. Wait 15 minutes and try again.',
  'code-needed': 'Enter the 6-digit code from your authenticator app.',
}

/** Our own staff sign-in form: password and second factor, then Payload's own cookie and on to the admin. */
export const staffSignInAction = async (
  state: StaffSignInState,
  form: FormData,
): Promise<StaffSignInState> => {
  const payload = await getPayloadClient()
  const next = safeAdminPath(form.get('next'))
  const result = await signInStaff(
    payload,
    { email: form.get('email'), password: form.get('password'), code: form.get('code') },
    { ip: clientIp(await headers()) ?? '' },
  )
  if ('enrol' in result) {
    const { secret, email } = result.enrol
    const { schemeName } = await readSchemeSettings(payload)
    return {
      step: 'enrol',
      enrol: { secret, qr: await qrCodeSvg(otpauthUri(secret, email, schemeName)) },
      next,
    }
  }
  if ('refused' in result) {
    const step = result.refused === 'code-needed' ? 'code' : state.step === 'enrol' ? 'enrol' : state.step
    return {
      ...state,
      step,
      error: result.message ?? messages[result.refused] ?? messages.invalid,
      next,
    }
  }
  const cookie = staffCookie(payload, result.signedIn.token)
  ;(await cookies()).set(cookie.name, cookie.value, cookie.options)
  if (result.signedIn.recoveryCodes)
    return { step: 'done', recoveryCodes: result.signedIn.recoveryCodes, next }
  redirect(next)
}
