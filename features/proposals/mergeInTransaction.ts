import 'server-only'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'
import type { StaffAccount } from '@/access/accountOf'
import { mergeProfiles } from '@/collections/Offenders/duplicates/mergeProfiles'
import { getPayloadClient } from '@/lib/database/getPayloadClient'

/**
 * Merges `duplicate` into `survivor` as the staff member, all or nothing: a failure half-way leaves both
 * profiles as they were. Returns false (and logs the ids) when the merge was refused or failed.
 */
export const mergeInTransaction = async (staff: StaffAccount, survivor: number, duplicate: number) => {
  const payload = await getPayloadClient()
  const req = await createLocalReq({ user: staff }, payload)
  await initTransaction(req)
  try {
    await mergeProfiles(req, survivor, duplicate)
    await commitTransaction(req)
    return true
  } catch (error) {
    await killTransaction(req)
    payload.logger.error({ msg: 'Merge failed', survivor, duplicate, err: (error as Error).message })
    return false
  }
}
