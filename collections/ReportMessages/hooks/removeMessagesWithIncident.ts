import type { CollectionBeforeDeleteHook } from 'payload'
import { evidenceUsedElsewhere } from '@/collections/Evidence/rules/evidenceUsedElsewhere'
import { recordAudit } from '@/lib/audit/recordAudit'
import { withAuditSkipped } from '@/lib/audit/withAuditSkipped'
import { removeMessagesOfIncident } from '../removeMessagesOfIncident'

/**
 * On the incidents collection: a deleted report takes its thread with it, and the thread's photos unless
 * something else still uses one (a profile's photo, another report's evidence). The audit entry lists what
 * went, as the retention run's does.
 */
export const removeMessagesWithIncident: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const incidentId = Number(id)
  const removed = await removeMessagesOfIncident(req, incidentId)
  if (!removed.messages.length) return
  const kept = await evidenceUsedElsewhere(req, removed.photos, { offenders: [], incidents: [incidentId] })
  const photos = removed.photos.filter((photo) => !kept.has(photo))
  if (photos.length) {
    await withAuditSkipped(req, (context) =>
      req.payload.delete({
        collection: 'evidence',
        where: { id: { in: photos } },
        depth: 0,
        context,
        overrideAccess: true, // the report's deletion acts for the scheme; Payload removes the files with the rows
        req,
      }),
    )
  }
  await recordAudit(req, {
    action: 'delete',
    summary: `Removed ${removed.messages.length} message(s) with report #${incidentId}`,
    entityCollection: 'report-messages',
    details: {
      incident: incidentId,
      messages: removed.messages,
      photosDeleted: photos,
      photosKept: [...kept],
    },
  })
}
