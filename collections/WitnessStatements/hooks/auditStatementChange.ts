import type { CollectionAfterChangeHook } from 'payload'
import { relationId } from '@/access/relationId'
import { recordAudit } from '@/lib/audit/recordAudit'

/**
 * A request for a statement, a move between statuses and an edit are audit-logged by id and status only,
 * never the statement's words. Signing is logged by storeSignedStatement with the document's fingerprint.
 */
export const auditStatementChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (req.context?.skipAudit || doc.status === 'signed') return doc
  const incidentId = relationId(doc.incident)
  const summary =
    operation === 'create'
      ? `Witness statement #${doc.id} requested for report #${incidentId}`
      : previousDoc?.status !== doc.status
        ? `Witness statement #${doc.id} moved from ${previousDoc?.status} to ${doc.status}`
        : `Witness statement #${doc.id} edited`
  await recordAudit(req, {
    action: operation,
    summary,
    entityCollection: 'witness-statements',
    entityId: doc.id,
    details: { event: operation === 'create' ? 'request' : 'edit', incident: incidentId, status: doc.status },
  })
  return doc
}
