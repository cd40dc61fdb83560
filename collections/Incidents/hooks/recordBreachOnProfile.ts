import type { CollectionAfterChangeHook } from 'payload'
import { relationIds } from '@/access/relationIds'
import { withAuditSkipped } from '@/lib/audit/withAuditSkipped'

/**
 * A breach moves the excluded person's incident-free clock (and so their appeal date) on. The breached
 * profiles are those flagExclusionBreach put in the data written, never read back from the filtered `doc`.
 */
export const recordBreachOnProfile: CollectionAfterChangeHook = async ({ data, doc, previousDoc, req }) => {
  const breachOf = relationIds(data.breachOf)
  const occurredAt = data.occurredAt ?? previousDoc?.occurredAt
  const already = new Set(relationIds(previousDoc?.breachOf))
  for (const offenderId of breachOf.filter((id) => !already.has(id))) {
    const offender = await req.payload.findByID({
      collection: 'offenders',
      id: offenderId,
      depth: 0,
      select: { exclusion: true },
      overrideAccess: true, // bookkeeping after an access-checked report
      req,
    })
    const last = offender.exclusion?.lastBreachAt
    if (last && new Date(last) >= new Date(occurredAt)) continue
    await withAuditSkipped(req, (context) =>
      req.payload.update({
        collection: 'offenders',
        id: offenderId,
        data: { exclusion: { ...offender.exclusion, lastBreachAt: occurredAt } },
        depth: 0,
        context,
        overrideAccess: true, // members cannot edit profiles; the breach is recorded for them
        req,
      }),
    )
  }
  return doc
}
