import type { CollectionAfterChangeHook } from 'payload'
import { relationId } from '@/access/relationId'
import type { ExclusionNotice } from '@/payload-types'

/**
 * A profile has one running notice: a notice that starts running (or moves to the profile in a merge)
 * replaces the profile's running ones that started before it. They become "superseded" and end when the new
 * one starts, if they would have run on past it.
 */
export const supersedeRunningNotices: CollectionAfterChangeHook<ExclusionNotice> = async ({
  doc,
  operation,
  previousDoc,
  req,
}) => {
  const offenderId = relationId(doc.offender)
  const stillRunningHere =
    operation === 'update' &&
    previousDoc?.outcome === 'running' &&
    relationId(previousDoc.offender) === offenderId
  if (doc.outcome !== 'running' || stillRunningHere) return doc
  if (offenderId === null) return doc
  const others = await req.payload.find({
    collection: 'exclusion-notices',
    where: {
      and: [
        { offender: { equals: offenderId } },
        { outcome: { equals: 'running' } },
        { id: { not_equals: doc.id } },
        // A later running notice (one moved here by a merge) stays: the newest running one wins.
        { startsAt: { less_than_equal: doc.startsAt } },
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
