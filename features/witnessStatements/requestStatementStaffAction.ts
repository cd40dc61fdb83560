'use server'
import { headers } from 'next/headers'
import { currentStaff } from '@/lib/auth/currentStaff'
import { getPayloadClient } from '@/lib/database/getPayloadClient'
import { requestStatement } from './requestStatement'
import type { RequestStatementState } from './requestStatementAction'

/** Scheme staff ask for a witness statement from the report's edit page in the admin. */
export const requestStatementStaffAction = async (
  _state: RequestStatementState,
  form: FormData,
): Promise<RequestStatementState> => {
  const staff = await currentStaff('admin', 'scheme-manager')
  const result = await requestStatement(
    await getPayloadClient(),
    staff,
    { incidentId: form.get('incidentId'), note: form.get('note') ?? '' },
    await headers(),
  )
  return result.ok ? { ok: true, emailed: result.emailed } : { error: result.error }
}
