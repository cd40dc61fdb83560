'use server'
import { revalidatePath } from 'next/cache'
import { headers } from 'next/headers'
import { currentMember } from '@/lib/auth/currentMember'
import { getPayloadClient } from '@/lib/database/getPayloadClient'
import { signStatement } from './signStatement'
import type { SignStatementField } from './signStatementSchema'

export type SignStatementState = { ok?: boolean; error?: string; field?: SignStatementField }

/** The reporter signs their witness statement on their phone (app/(members)/statements/[id]). */
export const signStatementAction = async (
  _state: SignStatementState,
  form: FormData,
): Promise<SignStatementState> => {
  const member = await currentMember()
  const result = await signStatement(
    await getPayloadClient(),
    member,
    {
      id: form.get('id'),
      body: form.get('body') ?? '',
      occupation: form.get('occupation') ?? '',
      over18: form.get('over18'),
      declaration: form.get('declaration'),
      signature: form.get('signature') ?? '',
    },
    await headers(),
  )
  if (!result.ok) return { error: result.error, field: result.field }
  revalidatePath('/statements')
  revalidatePath(`/statements/${result.id}`)
  return { ok: true }
}
