import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { changedFields } from './changedFields'
import { recordAudit } from './recordAudit'
import { recordNoun } from './recordNoun'

/**
 * An offender moved into 'approved' or 'rejected' is an approval decision, however it was made (the
 * approval queue or the admin's edit page), so the audit page's action filter finds every one.
 */
const decisionOf = (slug: string, before: unknown, after: unknown): 'approve' | 'reject' | null => {
  if (slug !== 'offenders' || before === after) return null
  if (after === 'approved') return 'approve'
  if (after === 'rejected') return 'reject'
  return null
}

/** Records creates and updates of scheme data (incidents, offenders) with the fields that changed. */
export const auditChange: CollectionAfterChangeHook = async ({
  collection,
  doc,
  operation,
  previousDoc,
  req,
}) => {
  if (req.context?.skipAudit) return doc
  const changed = operation === 'update' ? changedFields(doc, previousDoc) : undefined
  const decision =
    operation === 'update' ? decisionOf(collection.slug, previousDoc?.status, doc.status) : null
  const what = changed?.includes('exclusion') ? ' (exclusion changed)' : ''
  await recordAudit(req, {
    action: decision ?? operation,
    summary: decision
      ? `${decision === 'approve' ? 'Approved' : 'Rejected'} ${recordNoun(collection.slug)} #${doc.id}${what}`
      : `${operation === 'create' ? 'Created' : 'Updated'} ${recordNoun(collection.slug)} #${doc.id}${what}`,
    entityCollection: collection.slug,
    entityId: doc.id,
    details: changed ? { fields: changed } : undefined,
  })
  return doc
}

export const auditDelete: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  // Callers that write their own, more telling entry (a merge, retention) say so, as for changes above.
  if (req.context?.skipAudit) return
  await recordAudit(req, {
    action: 'delete',
    summary: `Deleted ${recordNoun(collection.slug)} #${id}`,
    entityCollection: collection.slug,
    entityId: Number(id),
  })
}
