import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { recordAudit } from './recordAudit'

/** Records creates and updates of scheme data (incidents, offenders) with the fields that changed. */
export const auditChange: CollectionAfterChangeHook = async ({
  collection,
  doc,
  operation,
  previousDoc,
  req,
}) => {
  if (req.context?.skipAudit) return doc
  const changed =
    operation === 'update'
      ? Object.keys(doc).filter(
          (key) =>
            !['updatedAt', 'createdAt'].includes(key) &&
            JSON.stringify(doc[key]) !== JSON.stringify(previousDoc?.[key]),
        )
      : undefined
  await recordAudit(req, {
    action: operation,
    summary: `${operation === 'create' ? 'Created' : 'Updated'} ${collection.slug} #${doc.id}`,
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
    summary: `Deleted ${collection.slug} #${id}`,
    entityCollection: collection.slug,
    entityId: Number(id),
  })
}
