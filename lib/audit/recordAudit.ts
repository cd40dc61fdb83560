import type { PayloadRequest } from 'payload'
import { accountOf } from '@/access/accountOf'
import type { AuditAction } from '@/lib/audit/auditActions'
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
 */
export const recordAudit = async (req: PayloadRequest, entry: AuditEntry): Promise<void> => {
  const account = accountOf(req)
  const actor =
    entry.actor ?? (account ? { collection: account.collection, id: account.id, email: account.email } : null)
  await req.payload.create({
    collection: 'audit-log',
    // The audit log has no create access for anyone: only server code like this writes it.
    overrideAccess: true,
    req,
    data: {
      action: entry.action,
      summary: entry.summary.slice(0, 500),
      actorCollection: actor?.collection,
      actorId: actor?.id,
      actorLabel: actor?.email ?? undefined,
      entityCollection: entry.entityCollection,
      entityId: entry.entityId,
      ip: clientIp(req.headers) ?? (await incomingRequestIp()),
      details: entry.details,
    },
  })
}
