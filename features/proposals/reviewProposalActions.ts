'use server'
import { revalidatePath } from 'next/cache'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'
import { z } from 'zod'
import { mergeProfiles } from '@/collections/Offenders/duplicates/mergeProfiles'
import { currentStaff } from '@/lib/auth/currentStaff'
import { getPayloadClient } from '@/lib/database/getPayloadClient'

const idSchema = z.coerce.number().int().positive()
const queuePath = '/admin/approvals'

/**
 * Approves a proposed profile: it joins the gallery; who and when are stamped, and the approval
 * audit-logged, by the collection's hooks (the same as an approval on the edit page).
 */
export const approveProposalAction = async (form: FormData): Promise<void> => {
  const staff = await currentStaff('admin', 'scheme-manager')
  const id = idSchema.safeParse(form.get('id'))
  if (!staff || !id.success) return
  const payload = await getPayloadClient()
  const req = await createLocalReq({ user: staff }, payload)
  await payload.update({
    collection: 'offenders',
    id: id.data,
    data: { status: 'approved' },
    req,
    user: staff,
    overrideAccess: false,
  })
  revalidatePath(queuePath)
}

const rejectSchema = z.object({ id: idSchema, reason: z.string().trim().min(3, 'Give a reason.').max(1000) })

/** Rejects a proposal with a reason; it never reaches the gallery and is deleted by the retention job. */
export const rejectProposalAction = async (form: FormData): Promise<void> => {
  const staff = await currentStaff('admin', 'scheme-manager')
  const parsed = rejectSchema.safeParse({ id: form.get('id'), reason: form.get('reason') })
  if (!staff || !parsed.success) return
  const payload = await getPayloadClient()
  const req = await createLocalReq({ user: staff }, payload)
  await payload.update({
    collection: 'offenders',
    id: parsed.data.id,
    data: { status: 'rejected', rejectionReason: parsed.data.reason },
    req,
    user: staff,
    overrideAccess: false,
  })
  revalidatePath(queuePath)
}

const mergeSchema = z.object({ survivor: idSchema, duplicate: idSchema })

/** Merges a duplicate into the profile that stays, in one transaction. */
export const mergeProfilesAction = async (form: FormData): Promise<void> => {
  const staff = await currentStaff('admin', 'scheme-manager')
  const parsed = mergeSchema.safeParse({ survivor: form.get('survivor'), duplicate: form.get('duplicate') })
  if (!staff || !parsed.success || parsed.data.survivor === parsed.data.duplicate) return
  const payload = await getPayloadClient()
  const req = await createLocalReq({ user: staff }, payload)
  await initTransaction(req)
  try {
    await mergeProfiles(req, parsed.data.survivor, parsed.data.duplicate)
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    payload.logger.error({
      msg: 'Merge failed',
      survivor: parsed.data.survivor,
      duplicate: parsed.data.duplicate,
      err: (error as Error).message,
    })
    throw error
  }
  revalidatePath(queuePath)
}
