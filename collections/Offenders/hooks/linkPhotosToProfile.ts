import type { CollectionAfterChangeHook } from 'payload'
import { relationId } from '@/access/relationId'
import { relationIds } from '@/access/relationIds'

/**
 * Photos on a profile point back at it, so gallery viewers may see them. A member's proposal claims only
 * photos they uploaded themselves; staff profiles claim any photo not yet on another profile. Status and
 * proposer come from the data written: read access has already removed `proposedBy` from `doc`.
 */
export const linkPhotosToProfile: CollectionAfterChangeHook = async ({ data, doc, previousDoc, req }) => {
  const ids = relationIds(data.photos)
  if (!ids.length) return doc
  const status = data.status ?? previousDoc?.status
  const proposer = status === 'proposed' ? relationId(data.proposedBy ?? previousDoc?.proposedBy) : null
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
