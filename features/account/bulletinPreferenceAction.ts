'use server'
import { redirect } from 'next/navigation'
import { z } from 'zod'
import { currentMember } from '@/lib/auth/currentMember'
import { getPayloadClient } from '@/lib/database/getPayloadClient'

// A checkbox sends "on" when ticked and nothing when not; anything else is not this form.
const choice = z.object({ weeklyBulletin: z.enum(['on']).optional() })

/**
 * The member's own choice of the weekly bulletin (jobs/weeklyBulletin.ts): written to the signed-in
 * account only, as that account, so the members collection's own update access decides.
 */
export const bulletinPreferenceAction = async (form: FormData): Promise<void> => {
  const member = await currentMember()
  if (!member) redirect('/sign-in')
  const parsed = choice.safeParse({ weeklyBulletin: form.get('weeklyBulletin') ?? undefined })
  if (!parsed.success) redirect('/account?bulletin=invalid')
  const payload = await getPayloadClient()
  try {
    await payload.update({
      collection: 'members',
      id: member.id,
      data: { notifications: { weeklyBulletin: parsed.data.weeklyBulletin === 'on' } },
      depth: 0,
      user: member,
      overrideAccess: false,
    })
  } catch (error) {
    payload.logger.error({
      msg: 'Could not save the weekly bulletin choice',
      member: member.id,
      err: (error as Error).message,
    })
    redirect('/account?bulletin=failed')
  }
  redirect('/account?bulletin=saved')
}
