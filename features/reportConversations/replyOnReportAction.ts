'use server'
import { revalidatePath } from 'next/cache'
import { headers } from 'next/headers'
import { currentMember } from '@/lib/auth/currentMember'
import { getPayloadClient } from '@/lib/database/getPayloadClient'
import type { ConversationFormState } from './askOnReportAction'
import { replyOnReport } from './replyOnReport'

/** The reporter answers on their report's thread, with words and photos (re-authenticated on every send). */
export const replyOnReportAction = async (
  _state: ConversationFormState,
  form: FormData,
): Promise<ConversationFormState> => {
  const result = await replyOnReport(
    await getPayloadClient(),
    await currentMember(),
    {
      incidentId: form.get('incidentId'),
      body: form.get('body') ?? '',
      photos: form.getAll('photos').filter((entry) => entry instanceof File && entry.size > 0),
    },
    await headers(),
  )
  if (!result.ok) return { error: result.error }
  revalidatePath(`/incidents/${form.get('incidentId')}`)
  return { ok: true }
}
