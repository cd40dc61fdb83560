'use server'
import { revalidatePath } from 'next/cache'
import { headers } from 'next/headers'
import { currentMember } from '@/lib/auth/currentMember'
import { getPayloadClient } from '@/lib/database/getPayloadClient'
import { askFieldsOf } from './askFieldsOf'
import { askOnReport } from './askOnReport'

export type ConversationFormState = { ok?: boolean; error?: string }

/** Police on a report in the members' area ask its reporter a question or for CCTV. */
export const askOnReportAction = async (
  _state: ConversationFormState,
  form: FormData,
): Promise<ConversationFormState> => {
  const result = await askOnReport(
    await getPayloadClient(),
    await currentMember(),
    askFieldsOf(form),
    await headers(),
  )
  if (!result.ok) return { error: result.error }
  revalidatePath(`/incidents/${form.get('incidentId')}`)
  return { ok: true }
}
