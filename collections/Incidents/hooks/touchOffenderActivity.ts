import type { CollectionAfterChangeHook } from 'payload'
import { relationIds } from '@/access/relationIds'
import { withAuditSkipped } from '@/lib/audit/withAuditSkipped'

/**
 * Keeps each linked profile's `lastIncidentAt` current: retention (a profile leaves the gallery 12 months
 * after its last incident) and "recently active" filters read it instead of scanning incidents. The links
 * and date come from the data written (validated against what the caller may link), never from `doc`,
 * which read access has already filtered for the caller.
 */
export const touchOffenderActivity: CollectionAfterChangeHook = async ({ data, doc, previousDoc, req }) => {
  const ids = relationIds(data.offenders ?? previousDoc?.offenders)
  const occurredAt = data.occurredAt ?? previousDoc?.occurredAt
  if (!ids.length || !occurredAt) return doc
  // The report's own audit entry records the change; the flag is put back so that entry is still written.
  await withAuditSkipped(req, (context) =>
    req.payload.update({
      collection: 'offenders',
      where: {
        and: [
          { id: { in: ids } },
          { or: [{ lastIncidentAt: { exists: false } }, { lastIncidentAt: { less_than: occurredAt } }] },
        ],
      },
      data: { lastIncidentAt: occurredAt },
      depth: 0,
      // Bookkeeping derived from a report the caller was allowed to write; members cannot edit profiles.
      overrideAccess: true,
      context,
      req,
    }),
  )
  return doc
}
