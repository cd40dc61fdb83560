'use server'
import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { createLocalReq } from 'payload'
import { currentStaff } from '@/lib/auth/currentStaff'
import { getPayloadClient } from '@/lib/database/getPayloadClient'
import { decisionSchema, formFields } from './decisionForm'
import { queuePath, queueUrl } from './queueUrl'

/**
 * Approves a proposed profile: it joins the gallery; who and when are stamped, and the approval
 * audit-logged, by the collection's hooks (the same as an approval on the edit page). Then the next
 * proposal opens.
 */
export const approveProposal = async (form: FormData): Promise<void> => {
  const staff = await currentStaff('admin', 'scheme-manager')
  if (!staff) redirect(queueUrl({ notice: 'refused' }))
  const parsed = decisionSchema.safeParse(formFields(form, 'id', 'next'))
  if (!parsed.success) redirect(queueUrl({ notice: 'failed' }))
  const { id, next } = parsed.data
  const payload = await getPayloadClient()
  const req = await createLocalReq({ user: staff }, payload)
  const approved = await payload
    .update({
      collection: 'offenders',
      where: { and: [{ id: { equals: id } }, { status: { equals: 'proposed' } }] },
      data: { status: 'approved' },
      depth: 0,
      req,
      user: staff,
      overrideAccess: false,
    })
    .then((result) => result.docs.length === 1 && result.errors.length === 0)
    .catch((error: Error) => {
      payload.logger.error({ msg: 'Approval failed', proposal: id, err: error.message })
      return false
    })
  revalidatePath(queuePath)
  redirect(
    approved
      ? queueUrl({ proposal: next, notice: 'approved' })
      : queueUrl({ proposal: id, notice: 'failed' }),
  )
}
