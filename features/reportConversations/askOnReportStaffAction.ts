'use server'
import { headers } from 'next/headers'
import { currentStaff } from '@/lib/auth/currentStaff'
import { getPayloadClient } from '@/lib/database/getPayloadClient'
import { askFieldsOf } from './askFieldsOf'
import { askOnReport } from './askOnReport'
import type { ConversationFormState } from './askOnReportAction'

/** Scheme staff ask the reporter from the report's edit page in the admin. */
export const askOnReportStaffAction = async (
  _state: ConversationFormState,
  form: FormData,
): Promise<ConversationFormState> => {
  const staff = await currentStaff('admin', 'scheme-manager')
  const result = await askOnReport(await getPayloadClient(), staff, askFieldsOf(form), await headers())
  return result.ok ? { ok: true } : { error: result.error }
}
