import type { CollectionAfterChangeHook } from 'payload'
import { relationId } from '@/access/relationId'
import { relationIds } from '@/access/relationIds'

/**
 * Photos sent with a report point back at it, so that whoever may read the report may see them. Only
 * photos the reporter uploaded themselves and not yet linked elsewhere are claimed. Photos and reporter
 * come from the data written, never from the read-filtered `doc`.
 */
export const linkEvidenceToIncident: CollectionAfterChangeHook = async ({ data, doc, previousDoc, req }) => {
  const ids = relationIds(data.evidence)
  if (!ids.length) return doc
  const reporter = relationId(data.reporter ?? previousDoc?.reporter)
  await req.payload.update({
    collection: 'evidence',
    where: {
      and: [
        { id: { in: ids } },
        { incident: { exists: false } },
        // Staff-entered reports (no reporter) may claim any unlinked photo; members only their own.
        ...(reporter !== null ? [{ uploadedBy: { equals: reporter } }] : []),
      ],
    },
    data: { incident: doc.id },
    depth: 0,
    // Bookkeeping after an access-checked create; members cannot edit evidence themselves.
    overrideAccess: true,
    req,
  })
  return doc
}
