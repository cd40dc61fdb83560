import type { SqlClient } from '@/lib/audit/verifyAuditChain'
import type { ErasureEntry } from './erasureEntry'

type Row = {
  sequence: string
  hash: string
  created_at: Date | string
  action: 'delete' | 'anonymise'
  entity_collection: string
  entity_id: string
  evidence: unknown
}

const evidenceIds = (value: unknown): number[] =>
  Array.isArray(value) ? value.filter((id): id is number => Number.isInteger(id) && id > 0) : []

/**
 * Every deletion and anonymisation the audit log records, oldest first: retention's (with the evidence
 * files that went too, in `details.evidenceDeleted`) and staff deletions of reports, profiles and subject
 * requests. Read from the chain, so the list is as trustworthy as the log itself.
 */
export const erasuresInAuditLog = async (client: SqlClient): Promise<ErasureEntry[]> => {
  const { rows } = await client.query(
    `select entry.sequence::text as sequence, entry.hash, entry.created_at, entry.action::text as action,
        entry.entity_collection, entry.entity_id::text as entity_id, entry.details -> 'evidenceDeleted' as evidence
      from audit_log entry
      where entry.action in ('delete', 'anonymise') and entry.sequence is not null
        and entry.entity_collection is not null and entry.entity_id is not null
      order by entry.sequence`,
  )
  return (rows as Row[]).map((row) => ({
    sequence: Number(row.sequence),
    hash: row.hash,
    at: new Date(row.created_at).toISOString(),
    action: row.action,
    collection: row.entity_collection,
    id: Number(row.entity_id),
    evidence: evidenceIds(row.evidence),
  }))
}
