import type { CollectionAfterChangeHook } from 'payload'
import { relationId } from '@/access/relationId'
import { recordAudit } from '@/lib/audit/recordAudit'

/** A new message is audit-logged by id, kind and report only: never its words. */
export const auditMessageCreate: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (req.context?.skipAudit) return doc
  const incidentId = relationId(doc.incident)
  await recordAudit(req, {
    action: operation,
    summary:
      operation === 'create'
        ? `Report message #${doc.id} (${doc.kind}) on report #${incidentId}`
        : `Report message #${doc.id} edited`,
    entityCollection: 'report-messages',
    entityId: doc.id,
    details: { incident: incidentId, kind: doc.kind, photos: (doc.photos ?? []).length },
  })
  return doc
}
