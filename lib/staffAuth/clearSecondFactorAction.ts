'use server'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'
import { z } from 'zod'
import { currentStaff } from '@/lib/auth/currentStaff'
import { getPayloadClient } from '@/lib/database/getPayloadClient'
import { clearSecondFactor } from './clearSecondFactor'

export type ClearSecondFactorState = { ok?: boolean; error?: string }

/** Admin only: clears a staff member's second factor (they enrol again at next sign-in); audit-logged. */
export const clearSecondFactorAction = async (
  _state: ClearSecondFactorState,
  form: FormData,
): Promise<ClearSecondFactorState> => {
  const admin = await currentStaff('admin')
  if (!admin) return { error: 'Only an admin can reset a second factor.' }
  const id = z.coerce.number().int().positive().safeParse(form.get('id'))
  if (!id.success) return { error: 'Unknown staff account.' }
  const payload = await getPayloadClient()
  const req = await createLocalReq({ user: admin }, payload)
  const own = await initTransaction(req)
  try {
    await clearSecondFactor(req, id.data)
    if (own) await commitTransaction(req)
    return { ok: true }
  } catch (error) {
    if (own) await killTransaction(req)
    payload.logger.error({
      msg: 'Clearing a second factor failed',
      userId: id.data,
      err: (error as Error).name,
    })
    return { error: 'The second factor could not be reset. Try again.' }
  }
}
