'use server'
import { redirect } from 'next/navigation'
import { z } from 'zod'
import { newPasswordSchema } from '@/lib/auth/newPasswordSchema'
import { getPayloadClient } from '@/lib/database/getPayloadClient'
import { resetStaffPassword } from './resetStaffPassword'

export type StaffResetState = { error?: string }

/** Sets a staff password from the emailed link, then sends the person to sign in (with their code). */
export const staffResetPasswordAction = async (
  _state: StaffResetState,
  form: FormData,
): Promise<StaffResetState> => {
  const token = z.string().min(10).max(200).safeParse(form.get('token'))
  if (!token.success) return { error: 'This link is not valid. Ask for a new one.' }
  const parsed = newPasswordSchema.safeParse({ password: form.get('password'), confirm: form.get('confirm') })
  if (!parsed.success) return { error: parsed.error.issues[0]?.message }
  const payload = await getPayloadClient()
  if (!(await resetStaffPassword(payload, token.data, parsed.data.password))) {
    return { error: 'This link has expired or was already used. Ask for a new one.' }
  }
  redirect('/staff/sign-in?reset=1')
}
