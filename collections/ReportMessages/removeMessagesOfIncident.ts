import type { PayloadRequest } from 'payload'
import { relationIds } from '@/access/relationIds'
import { withAuditSkipped } from '@/lib/audit/withAuditSkipped'

/**
 * A report's thread lives as long as the report does in identifiable form: when the report is anonymised under
 * the retention rules or deleted, its messages go. Deletes the message rows and returns their ids and the ids
 * of their photos, which the caller deletes last (a deleted file cannot be rolled back).
 */
export const removeMessagesOfIncident = async (req: PayloadRequest, incidentId: number) => {
  // The caller's own audit entry lists the messages; withAuditSkipped puts the flag back afterwards.
  const removed = await withAuditSkipped(req, (context) =>
    req.payload.delete({
      collection: 'report-messages',
      where: { incident: { equals: incidentId } },
      depth: 0,
      select: { photos: true },
      context,
      overrideAccess: true, // retention and report deletion act for the scheme
      req,
    }),
  )
  return {
    messages: removed.docs.map((doc) => doc.id),
    photos: [...new Set(removed.docs.flatMap((doc) => relationIds(doc.photos)))],
  }
}
