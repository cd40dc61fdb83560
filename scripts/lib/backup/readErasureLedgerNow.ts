import type pg from 'pg'
import { latestAuditEntry } from '@/lib/audit/latestAuditEntry'
import { type ErasureLedger, erasureLedgerFormat } from './erasureLedger'
import { erasuresInAuditLog } from './erasuresInAuditLog'

/**
 * The erasure ledger as the database holds it now: every erasure in the audit log and the chain's newest
 * entry, read in one snapshot so the two agree. Runs inside the caller's transaction when there is one.
 */
export const readErasureLedgerNow = async (client: pg.Client): Promise<ErasureLedger> => {
  const { rows } = await client.query('select now() as now')
  const latest = await latestAuditEntry(client)
  return {
    format: erasureLedgerFormat,
    exportedAt: new Date((rows[0] as { now: Date }).now).toISOString(),
    latestAudit: latest ? { sequence: latest.sequence, hash: latest.hash } : null,
    erasures: await erasuresInAuditLog(client),
  }
}
