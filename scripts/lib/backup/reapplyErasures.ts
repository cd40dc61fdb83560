import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'
import { readRetentionRules } from '@/features/retention/readRetentionRules'
import type { ErasureEntry } from './erasureEntry'
import { reapplyErasure } from './reapplyErasure'

export type ReapplyOutcome = { applied: number; alreadyGone: number; failed: string[] }

/**
 * Re-applies each erasure, oldest first, each in a transaction of its own with its audit entry. A failure is
 * collected (by audit position and record, nothing personal) and the rest still run; the caller fails the
 * restore when any did.
 */
export const reapplyErasures = async (
  payload: Payload,
  erasures: ErasureEntry[],
): Promise<ReapplyOutcome> => {
  const req = await createLocalReq({}, payload)
  const rules = await readRetentionRules(req)
  const outcome: ReapplyOutcome = { applied: 0, alreadyGone: 0, failed: [] }
  for (const erasure of erasures) {
    const own = await initTransaction(req)
    try {
      const done = await reapplyErasure(req, erasure, rules)
      if (own) await commitTransaction(req)
      if (done) outcome.applied += 1
      else outcome.alreadyGone += 1
    } catch (error) {
      if (own) await killTransaction(req)
      outcome.failed.push(
        `audit entry ${erasure.sequence} (${erasure.action} ${erasure.collection} #${erasure.id}): ${(error as Error).message}`,
      )
    }
  }
  return outcome
}
