'use server'
import { z } from 'zod'
import { currentMember } from '@/lib/auth/currentMember'
import { getPayloadClient } from '@/lib/database/getPayloadClient'
import { acceptDocument } from './acceptDocument'

const schema = z.object({
  document: z.coerce.number().int().positive(),
  version: z.coerce.number().int().positive(),
  accept: z.literal('yes', { message: 'Tick the box to accept.' }),
})

export type AcceptState = { ok: boolean; message: string } | null

/** A business manager accepts the current version of the scheme rules or sharing agreement. */
export const acceptDocumentAction = async (_previous: AcceptState, form: FormData): Promise<AcceptState> => {
  const member = await currentMember()
  if (!member) return { ok: false, message: 'Sign in again to accept.' }
  if (member.role !== 'business-manager')
    return { ok: false, message: 'Only a business manager accepts for the business.' }
  const parsed = schema.safeParse({
    document: form.get('document'),
    version: form.get('version'),
    accept: form.get('accept'),
  })
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? 'Check the form.' }
  try {
    const result = await acceptDocument(member, parsed.data.document, parsed.data.version)
    if (!result.ok) return { ok: false, message: result.message }
  } catch (error) {
    const payload = await getPayloadClient()
    payload.logger.error({
      msg: 'Could not record a document acceptance',
      document: parsed.data.document,
      err: (error as Error).message,
    })
    return { ok: false, message: 'That could not be saved. Try again.' }
  }
  // No revalidatePath: the members' pages render per request anyway, and re-rendering this page now would
  // unmount the form (the document is no longer waiting) before the manager sees the confirmation.
  return { ok: true, message: 'Accepted. Thank you.' }
}
