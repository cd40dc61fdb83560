import type { CollectionAfterChangeHook } from 'payload'
import { relationIds } from '@/access/relationIds'
import { withAuditSkipped } from '@/lib/audit/withAuditSkipped'

/**
 * A breach moves the excluded person's incident-free clock on: the red notice in force when the report
 * happened takes the report's time as its last breach, and its appeal date moves with it
 * (collections/ExclusionNotices/hooks/fillNoticeDates.ts), then the profile's mirror follows. The breached
 * profiles are those flagExclusionBreach put in the data written, never read back from the filtered `doc`.
 */
export const recordBreachOnNotice: CollectionAfterChangeHook = async ({ data, doc, previousDoc, req }) => {
  const breachOf = relationIds(data.breachOf)
  const occurredAt = data.occurredAt ?? previousDoc?.occurredAt
  const already = new Set(relationIds(previousDoc?.breachOf))
  const fresh = breachOf.filter((id) => !already.has(id))
  if (!fresh.length || !occurredAt) return doc
  const at = new Date(occurredAt).toISOString()
  const notices = await req.payload.find({
    collection: 'exclusion-notices',
    where: {
      and: [
        { offender: { in: fresh } },
        { stage: { equals: 'exclusion' } },
        { outcome: { not_equals: 'withdrawn' } },
        { startsAt: { less_than_equal: at } },
        { or: [{ endsAt: { exists: false } }, { endsAt: { greater_than: at } }] },
      ],
    },
    select: { lastBreachAt: true },
    depth: 0,
    limit: 100,
    pagination: false,
    overrideAccess: true, // bookkeeping after an access-checked report
    req,
  })
  for (const notice of notices.docs) {
    if (notice.lastBreachAt && new Date(notice.lastBreachAt) >= new Date(at)) continue
    // The report's own audit entry covers this: the breach follows from it.
    await withAuditSkipped(req, (context) =>
      req.payload.update({
        collection: 'exclusion-notices',
        id: notice.id,
        data: { lastBreachAt: at },
        depth: 0,
        context,
        overrideAccess: true, // members cannot edit notices; the breach is recorded for them
        req,
      }),
    )
  }
  return doc
}
