/**
 * Finds every audit entry whose chain link is broken: its content no longer matches its hash (changed),
 * its `prevHash` is not the hash of the entry before it, or entries before it are missing. Recomputed by
 * the same database function the insert trigger uses, so both sides hash exactly the same text.
 */
export const brokenAuditEntriesSql = `
WITH ordered AS (
  SELECT entry.id, entry.sequence, entry.prev_hash, entry.hash,
    lag(entry.hash) OVER chain AS previous_hash,
    lag(entry.sequence) OVER chain AS previous_sequence,
    encode(sha256(convert_to(audit_log_entry_text(entry), 'UTF8')), 'hex') AS expected
  FROM audit_log AS entry
  WINDOW chain AS (ORDER BY entry.sequence NULLS LAST, entry.id)
)
SELECT id, sequence,
  CASE
    WHEN hash IS DISTINCT FROM expected THEN 'changed after it was written'
    WHEN sequence IS DISTINCT FROM COALESCE(previous_sequence, 0) + 1 THEN 'entries before it are missing'
    ELSE 'does not follow the entry before it'
  END AS problem
FROM ordered
WHERE hash IS DISTINCT FROM expected
   OR prev_hash IS DISTINCT FROM COALESCE(previous_hash, '')
   OR sequence IS DISTINCT FROM COALESCE(previous_sequence, 0) + 1
ORDER BY sequence NULLS LAST, id`

export type BrokenAuditEntry = { id: number; sequence: string | null; problem: string }

/** Runs the check with any client that can run SQL (node-postgres in scripts and tests). */
export const findBrokenAuditEntries = async (client: {
  query: (text: string) => Promise<{ rows: unknown[] }>
}) => (await client.query(brokenAuditEntriesSql)).rows as BrokenAuditEntry[]
