import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'
import { accountOf } from '@/access/accountOf'
import type { AuditAction } from '@/lib/audit/auditActions'
import { transactionOf } from '@/lib/database/transactionOf'
import { clientIp } from './clientIp'
import { incomingRequestIp } from './incomingRequestIp'

export type AuditEntry = {
  action: AuditAction
  summary: string
  entityCollection?: string
  entityId?: number
  details?: Record<string, unknown>
  /** Who acted, when it is not the request's user (e.g. a sign-in, before the session exists). */
  actor?: { collection: 'users' | 'members'; id: number; email?: string | null }
}

/**
 * Appends one entry to the audit log inside the caller's transaction (`req`), so a change and its
 * record land or fail together. Details must never hold passwords, tokens or free text about people.
 *
 * One INSERT on the request's transaction, not `payload.create`: every member's page view writes an entry,
 * and Payload's create operation (its own transaction when the request has none, validation, hooks, and
 * reading the row back) cost more than the page's own query (bench/RESULTS.md, 2026-12-04). The audit log
 * has no hooks, no create access for anyone and nothing to read back; the database trigger chains the entry
 * (docs/audit-chain.md). The lengths Payload's field config allows are kept here.
 */
export const recordAudit = async (req: PayloadRequest, entry: AuditEntry): Promise<void> => {
  const account = accountOf(req)
  const actor =
    entry.actor ?? (account ? { collection: account.collection, id: account.id, email: account.email } : null)
  const ip = clientIp(req.headers) ?? (await incomingRequestIp())
  const now = new Date().toISOString()
  const db = await transactionOf(req)
  await db.execute(sql`
    INSERT INTO audit_log (action, summary, actor_collection, actor_id, actor_label, entity_collection,
                           entity_id, ip, details, created_at, updated_at)
    VALUES (${entry.action}, ${entry.summary.slice(0, 500)}, ${actor?.collection ?? null}, ${actor?.id ?? null},
            ${actor?.email?.slice(0, 200) ?? null}, ${entry.entityCollection?.slice(0, 64) ?? null},
            ${entry.entityId ?? null}, ${ip?.slice(0, 64) ?? null},
            ${entry.details === undefined ? null : JSON.stringify(entry.details)}::jsonb, ${now}, ${now})`)
}
