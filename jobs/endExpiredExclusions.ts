import type { PayloadRequest, TaskConfig } from 'payload'
import { relationId } from '@/access/relationId'
import { recordAudit } from '@/lib/audit/recordAudit'
import { withAuditSkipped } from '@/lib/audit/withAuditSkipped'

/**
 * Ends running notices whose end date has passed: their outcome becomes "expired" (the profile's mirror
 * follows) and each end is audit-logged. Pages already treat a notice past its end as over; this keeps the
 * records tidy.
 */
export const endExpiredExclusions = async (req: PayloadRequest, now = new Date()) => {
  const expired = await req.payload.find({
    collection: 'exclusion-notices',
    where: {
      and: [{ outcome: { equals: 'running' } }, { endsAt: { less_than_equal: now.toISOString() } }],
    },
    select: { offender: true, stage: true, endsAt: true },
    depth: 0,
    pagination: false,
    limit: 0,
    overrideAccess: true, // a scheduled job acting for the scheme
    req,
  })
  for (const notice of expired.docs) {
    await withAuditSkipped(req, (context) =>
      req.payload.update({
        collection: 'exclusion-notices',
        id: notice.id,
        data: { outcome: 'expired' },
        depth: 0,
        context,
        overrideAccess: true, // a scheduled job acting for the scheme
        req,
      }),
    )
    await recordAudit(req, {
      action: 'update',
      summary: `Exclusion notice #${notice.id} ended by date on offender profile #${relationId(notice.offender)}`,
      entityCollection: 'exclusion-notices',
      entityId: notice.id,
      details: { endedStage: notice.stage, endsAt: notice.endsAt },
    })
  }
  return { ended: expired.docs.length }
}

export const endExpiredExclusionsTask: TaskConfig<'endExpiredExclusions'> = {
  slug: 'endExpiredExclusions',
  retries: 3,
  schedule: [{ cron: '0 15 2 * * *', queue: 'default' }],
  handler: async ({ req }) => ({ output: await endExpiredExclusions(req) }),
}
