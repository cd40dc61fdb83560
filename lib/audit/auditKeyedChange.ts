import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { changedFields } from './changedFields'
import { recordAudit } from './recordAudit'
import { recordNoun } from './recordNoun'

/**
 * Records creates and updates of a scheme setting kept as records with text keys (incident types, warning
 * markers, partner agencies, police outcomes): they decide what partners read, what a report means and how
 * long intelligence is kept, so every change says who made it. The key names the record in the summary
 * (the audit log's record id is a number); keys and labels hold no personal data.
 */
export const auditKeyedChange: CollectionAfterChangeHook = async ({
  collection,
  doc,
  operation,
  previousDoc,
  req,
}) => {
  if (req.context?.skipAudit) return doc
  const fields = operation === 'update' ? changedFields(doc, previousDoc) : undefined
  if (fields && !fields.length) return doc
  await recordAudit(req, {
    action: operation,
    summary: `${operation === 'create' ? 'Created' : 'Updated'} ${recordNoun(collection.slug)} "${doc.id}"`,
    entityCollection: collection.slug,
    details: fields ? { fields } : undefined,
  })
  return doc
}

export const auditKeyedDelete: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  if (req.context?.skipAudit) return
  await recordAudit(req, {
    action: 'delete',
    summary: `Deleted ${recordNoun(collection.slug)} "${id}"`,
    entityCollection: collection.slug,
  })
}
