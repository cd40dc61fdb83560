import type { AnchoredEntry } from './auditAnchor'
import type { SqlClient } from './verifyAuditChain'

type Row = { id: number; sequence: string; hash: string; created_at: Date | string }

/** The newest entry of the audit chain (committed ones only: it runs outside any transaction). */
export const latestAuditEntry = async (client: SqlClient): Promise<AnchoredEntry | null> => {
  const { rows } = await client.query(
    // Ordered by the numeric column, not the text alias of the same name (which would put 99 after 303).
    `select entry.id, entry.sequence::text as sequence, entry.hash, entry.created_at from audit_log entry
      where entry.sequence is not null order by entry.sequence desc limit 1`,
  )
  const row = rows[0] as Row | undefined
  if (!row) return null
  return {
    id: Number(row.id),
    sequence: Number(row.sequence),
    hash: row.hash,
    createdAt: new Date(row.created_at).toISOString(),
  }
}
