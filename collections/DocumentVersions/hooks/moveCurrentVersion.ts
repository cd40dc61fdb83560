import type { CollectionAfterChangeHook } from 'payload'
import { relationId } from '@/access/relationId'

/**
 * A new version becomes its document's current version, so members are asked to read (and, for the rules
 * and sharing agreement, accept) it again. The older versions stay as they were.
 */
export const moveCurrentVersion: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const document = relationId(doc.document)
  if (document === null) return doc
  await req.payload.update({
    collection: 'documents',
    id: document,
    data: { currentVersion: doc.id },
    depth: 0,
    req,
    overrideAccess: true, // the pointer is hook-set only; the caller was allowed to create this version
  })
  return doc
}
