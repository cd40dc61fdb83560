import type { CollectionAfterChangeHook } from 'payload'
import { relationId } from '@/access/relationId'
import type { ExclusionNotice } from '@/payload-types'

/**
 * A profile has one running notice: a notice that starts running replaces the profile's other running ones.
 * They become "superseded" and end when the new one starts, if they would have run on past it.
 */
export const supersedeRunningNotices: CollectionAfterChangeHook<ExclusionNotice> = async ({
  doc,
  operation,
  previousDoc,
  req,
}) => {
  if (doc.outcome !== 'running' || (operation === 'update' && previousDoc?.outcome === 'running')) return doc
  const offenderId = relationId(doc.offender)
  if (offenderId === null) return doc
  const others = await req.payload.find({
    collection: 'exclusion-notices',
    where: {
      and: [
        { offender: { equals: offenderId } },
        { outcome: { equals: 'running' } },
        { id: { not_equals: doc.id } },
      ],
    },
    select: { startsAt: true, endsAt: true },
    depth: 0,
    limit: 100,
    pagination: false,
    overrideAccess: true, // bookkeeping that follows a change staff were allowed to make
    req,
  })
  const newStart = new Date(doc.startsAt)
  for (const other of others.docs) {
    const runsOnPast =
      new Date(other.startsAt) < newStart && (!other.endsAt || new Date(other.endsAt) > newStart)
    await req.payload.update({
      collection: 'exclusion-notices',
      id: other.id,
      data: { outcome: 'superseded', ...(runsOnPast ? { endsAt: doc.startsAt } : {}) },
      depth: 0,
      overrideAccess: true, // bookkeeping that follows a change staff were allowed to make
      req,
    })
  }
  return doc
}
