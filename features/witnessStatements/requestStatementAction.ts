'use server'
import { revalidatePath } from 'next/cache'
import { headers } from 'next/headers'
import { currentMember } from '@/lib/auth/currentMember'
import { getPayloadClient } from '@/lib/database/getPayloadClient'
import { requestStatement } from './requestStatement'

export type RequestStatementState = { ok?: boolean; error?: string; emailed?: boolean }

/** Police on a report in the members' area ask its reporter for a witness statement. */
export const requestStatementAction = async (
  _state: RequestStatementState,
  form: FormData,
): Promise<RequestStatementState> => {
  const member = await currentMember()
  const result = await requestStatement(
    await getPayloadClient(),
    member,
    { incidentId: form.get('incidentId'), note: form.get('note') ?? '' },
    await headers(),
  )
  if (!result.ok) return { error: result.error }
  revalidatePath(`/incidents/${form.get('incidentId')}`)
  return { ok: true, emailed: result.emailed }
}
