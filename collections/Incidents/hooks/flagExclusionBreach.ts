import type { CollectionBeforeChangeHook } from 'payload'
import { relationId } from '@/access/relationId'
import { relationIds } from '@/access/relationIds'

/**
 * A report involving someone under a red exclusion notice, at a time the notice was in force (between its
 * start and end; a withdrawn notice never was), is a breach: flagged on the report for staff and police,
 * whoever filed it. Read from the notices, so a report filed late about an earlier day still counts.
 */
export const flagExclusionBreach: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const ids = relationIds(data.offenders ?? originalDoc?.offenders)
  const occurredAt = data.occurredAt ?? originalDoc?.occurredAt
  if (!ids.length || !occurredAt) return { ...data, exclusionBreach: false }
  const at = new Date(occurredAt).toISOString()
  const inForce = await req.payload.find({
    collection: 'exclusion-notices',
    where: {
      and: [
        { offender: { in: ids } },
        { stage: { equals: 'exclusion' } },
        { outcome: { not_equals: 'withdrawn' } },
        { startsAt: { less_than_equal: at } },
        { or: [{ endsAt: { exists: false } }, { endsAt: { greater_than: at } }] },
      ],
    },
    select: { offender: true },
    depth: 0,
    limit: 100,
    pagination: false,
    // Exclusion status decides a flag on a report the caller may write; it is not shown to them here.
    overrideAccess: true,
    req,
  })
  const breached = [
    ...new Set(inForce.docs.map((notice) => relationId(notice.offender)).filter((id) => id !== null)),
  ]
  return { ...data, exclusionBreach: breached.length > 0, breachOf: breached }
}
