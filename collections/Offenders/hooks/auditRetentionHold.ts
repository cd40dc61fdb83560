import type { CollectionAfterChangeHook } from 'payload'
import { recordAudit } from '@/lib/audit/recordAudit'

/**
 * Placing, changing or lifting a retention hold is audit-logged as 'hold': it overrides the scheme's
 * deletion rule. The reason itself stays on the profile (audit details hold no free text about people).
 */
export const auditRetentionHold: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const reason = doc.retentionHold?.reason || null
  const before = previousDoc?.retentionHold?.reason || null
  if (reason === before) return doc
  const summary = !reason
    ? `Lifted the retention hold on profile #${doc.id}`
    : before
      ? `Changed the retention hold reason on profile #${doc.id}`
      : `Placed a retention hold on profile #${doc.id}`
  await recordAudit(req, {
    action: 'hold',
    summary,
    entityCollection: 'offenders',
    entityId: doc.id,
    details: { held: Boolean(reason), heldAt: doc.retentionHold?.heldAt ?? null },
  })
  return doc
}
