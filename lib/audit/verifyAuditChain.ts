import { type BrokenAuditEntry, findBrokenAuditEntries } from './auditChainSql'

/** Anything that runs SQL: a node-postgres Client in the script and tests, Payload's pool in the app. */
export type SqlClient = { query: (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }> }

/** How a link failed, in the words the audit page and `npm run audit:verify` use. */
export type ChainBreak = 'changed' | 'removed' | 'out of order'

export type AuditChainStatus =
  | { intact: true; checked: number }
  | {
      intact: false
      checked: number
      /** The first entry (by chain position) whose link fails: where to start looking. */
      firstBreak: { id: number; sequence: number | null; kind: ChainBreak }
      broken: BrokenAuditEntry[]
    }

const kindOf = (problem: string): ChainBreak => {
  if (problem.startsWith('changed')) return 'changed'
  if (problem.startsWith('entries before it are missing')) return 'removed'
  return 'out of order'
}

/**
 * Recomputes the whole audit chain (the same SQL the insert trigger hashes with) and says whether it is
 * intact. One function for `npm run audit:verify` and the staff audit page, so both always agree.
 */
export const verifyAuditChain = async (client: SqlClient): Promise<AuditChainStatus> => {
  const broken = await findBrokenAuditEntries(client)
  const { rows } = await client.query('select count(*)::int as count from audit_log')
  const checked = (rows[0] as { count: number }).count
  const first = broken[0]
  if (!first) return { intact: true, checked }
  return {
    intact: false,
    checked,
    firstBreak: {
      id: first.id,
      sequence: first.sequence === null ? null : Number(first.sequence),
      kind: kindOf(first.problem),
    },
    broken,
  }
}
