'use server'
import { headers } from 'next/headers'
import { currentMember } from '@/lib/auth/currentMember'
import { currentStaff } from '@/lib/auth/currentStaff'
import { getPayloadClient } from '@/lib/database/getPayloadClient'
import { sendTownAlert } from './sendTownAlert'

export type TownAlertState = { ok?: boolean; message?: string }

const inputFrom = (form: FormData) => {
  const kind = String(form.get('audienceKind') ?? 'all')
  return {
    offender: form.get('offender') as unknown as number,
    place: String(form.get('place') ?? ''),
    audience:
      kind === 'category'
        ? { kind: 'category' as const, category: String(form.get('category') ?? '') }
        : kind === 'area'
          ? { kind: 'area' as const, area: String(form.get('area') ?? '') }
          : { kind: 'all' as const },
  }
}

const answer = async (
  sender: Parameters<typeof sendTownAlert>[1],
  form: FormData,
): Promise<TownAlertState> => {
  const payload = await getPayloadClient()
  try {
    const result = await sendTownAlert(payload, sender, inputFrom(form), new Headers(await headers()))
    if (!result.ok) return { ok: false, message: result.message }
    const { members, pushed, emailed } = result.counts
    return {
      ok: true,
      message: `Sent to ${members} member accounts: ${pushed} notifications delivered, ${emailed} emails.`,
    }
  } catch (error) {
    payload.logger.error({ msg: 'Town alert could not be sent', err: (error as Error).message })
    return { ok: false, message: 'The alert could not be sent. Try again.' }
  }
}

/** Police send "in town now" from a profile in the members' area. */
export const sendTownAlertAction = async (
  _state: TownAlertState,
  form: FormData,
): Promise<TownAlertState> => {
  const member = await currentMember()
  if (!member) return { ok: false, message: 'Sign in again to send an alert.' }
  return answer(member, form)
}

/** Scheme staff send "in town now" from a profile in the admin. */
export const sendTownAlertStaffAction = async (
  _state: TownAlertState,
  form: FormData,
): Promise<TownAlertState> => {
  const staff = await currentStaff('admin', 'scheme-manager')
  if (!staff) return { ok: false, message: 'Only scheme managers and admins send alerts.' }
  return answer(staff, form)
}
