import type { CollectionAfterChangeHook } from 'payload'
import { relationIds } from '@/access/relationIds'
import { withAuditSkipped } from '@/lib/audit/withAuditSkipped'

/**
 * Keeps each linked profile's `lastIncidentAt` current: retention (a profile leaves the gallery 12 months
 * after its last incident) and "recently active" filters read it instead of scanning incidents.
 */
export const touchOffenderActivity: CollectionAfterChangeHook = async ({ doc, req }) => {
  const ids = relationIds(doc.offenders)
  if (!ids.length || !doc.occurredAt) return doc
  // The report's own audit entry records the change; the flag is put back so that entry is still written.
  await withAuditSkipped(req, (context) =>
    req.payload.update({
      collection: 'offenders',
      where: {
        and: [
          { id: { in: ids } },
          { or: [{ lastIncidentAt: { exists: false } }, { lastIncidentAt: { less_than: doc.occurredAt } }] },
        ],
      },
      data: { lastIncidentAt: doc.occurredAt },
      depth: 0,
      // Bookkeeping derived from a report the caller was allowed to write; members cannot edit profiles.
      overrideAccess: true,
      context,
      req,
    }),
  )
  return doc
}
