'use server'
import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { currentStaff } from '@/lib/auth/currentStaff'
import { decisionSchema, formFields, mergeSchema } from './decisionForm'
import { mergeInTransaction } from './mergeInTransaction'
import { queuePath, queueUrl } from './queueUrl'

/**
 * "Same person": merges the proposal (`id`) into the look-alike (`survivor`), which keeps its record and
 * gains the proposal's reports, photos and names; then the next proposal opens.
 */
export const mergeProposal = async (form: FormData): Promise<void> => {
  const staff = await currentStaff('admin', 'scheme-manager')
  if (!staff) redirect(queueUrl({ notice: 'refused' }))
  const decision = decisionSchema.safeParse(formFields(form, 'id', 'next'))
  const ids = mergeSchema.safeParse({ survivor: form.get('survivor'), duplicate: form.get('id') })
  if (!decision.success || !ids.success) redirect(queueUrl({ notice: 'failed' }))
  const merged = await mergeInTransaction(staff, ids.data.survivor, ids.data.duplicate)
  revalidatePath(queuePath)
  redirect(
    merged
      ? queueUrl({ proposal: decision.data.next, notice: 'merged' })
      : queueUrl({ proposal: decision.data.id, notice: 'failed' }),
  )
}
