import { z } from 'zod'
import { erasureEntry } from './erasureEntry'

export const erasureLedgerFormat = 'ntars-erasures-1'

/**
 * The erasure ledger (`ntars-erasures-<time>.json.age`): every erasure the audit log holds at `exportedAt`,
 * so a restore of an older archive can re-apply the ones recorded after its snapshot.
 */
export const erasureLedger = z.object({
  format: z.literal(erasureLedgerFormat),
  exportedAt: z.string(),
  latestAudit: z.object({ sequence: z.number(), hash: z.string() }).nullable(),
  erasures: z.array(erasureEntry),
})

export type ErasureLedger = z.infer<typeof erasureLedger>
