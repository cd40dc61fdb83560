'use server'
import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { createLocalReq } from 'payload'
import { currentStaff } from '@/lib/auth/currentStaff'
import { getPayloadClient } from '@/lib/database/getPayloadClient'
import { formFields, rejectSchema } from './decisionForm'
import { queuePath, queueUrl } from './queueUrl'

export type RejectState = { error?: string }

/**
 * Rejects a proposal with a reason; it never reaches the gallery and is deleted by the retention job.
 * Without a usable reason nothing is written and the form says why; on success the next proposal opens.
 */
export const rejectProposal = async (_previous: RejectState, form: FormData): Promise<RejectState> => {
  const staff = await currentStaff('admin', 'scheme-manager')
  if (!staff) return { error: 'Only scheme managers and admins decide proposals.' }
  const parsed = rejectSchema.safeParse(formFields(form, 'id', 'next', 'reason'))
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? 'Give a reason for rejecting.' }
  const { id, next, reason } = parsed.data
  const payload = await getPayloadClient()
  const req = await createLocalReq({ user: staff }, payload)
  const rejected = await payload
    .update({
      collection: 'offenders',
      where: { and: [{ id: { equals: id } }, { status: { equals: 'proposed' } }] },
      data: { status: 'rejected', rejectionReason: reason },
      depth: 0,
      req,
      user: staff,
      overrideAccess: false,
    })
    .then((result) => result.docs.length === 1 && result.errors.length === 0)
    .catch((error: Error) => {
      payload.logger.error({ msg: 'Rejection failed', proposal: id, err: error.message })
      return false
    })
  if (!rejected) return { error: 'The proposal could not be rejected: it may already have been decided.' }
  revalidatePath(queuePath)
  redirect(queueUrl({ proposal: next, notice: 'rejected' }))
}
