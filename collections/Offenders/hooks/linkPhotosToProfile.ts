import type { CollectionAfterChangeHook } from 'payload'
import { relationId } from '@/access/relationId'
import { relationIds } from '@/access/relationIds'

/**
 * Photos on a profile point back at it, so gallery viewers may see them. A member's proposal claims only
 * photos they uploaded themselves; staff profiles claim any photo not yet on another profile.
 */
export const linkPhotosToProfile: CollectionAfterChangeHook = async ({ doc, req }) => {
  const ids = relationIds(doc.photos)
  if (!ids.length) return doc
  const proposer = doc.status === 'proposed' ? relationId(doc.proposedBy) : null
  await req.payload.update({
    collection: 'evidence',
    where: {
      and: [
        { id: { in: ids } },
        { offender: { exists: false } },
        ...(proposer !== null ? [{ uploadedBy: { equals: proposer } }] : []),
      ],
    },
    data: { offender: doc.id },
    depth: 0,
    // Bookkeeping after an access-checked create or update; members cannot edit evidence.
    overrideAccess: true,
    req,
  })
  return doc
}
