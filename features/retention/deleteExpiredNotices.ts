import type { PayloadRequest } from 'payload'
import { relationId } from '@/access/relationId'
import { recordAudit } from '@/lib/audit/recordAudit'
import { withAuditSkipped } from '@/lib/audit/withAuditSkipped'
import { eachInOwnTransaction } from './eachInOwnTransaction'

/**
 * Rule 4: an exclusion notice that has ended is deleted once its `retainUntil` passes (the settings' notice
 * retention period after its end, set by the notice's own hook). A running notice is never deleted here: it
 * still drives the profile's badge, and the expiry job ends it first.
 */
export const deleteExpiredNotices = async (req: PayloadRequest, now: Date) => {
  const expired = await req.payload.find({
    collection: 'exclusion-notices',
    where: {
      and: [{ outcome: { not_equals: 'running' } }, { retainUntil: { less_than_equal: now.toISOString() } }],
    },
    select: { offender: true, retainUntil: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true, // a scheduled job acting for the scheme
    req,
  })
  const outcome = await eachInOwnTransaction(
    req,
    expired.docs,
    'delete an exclusion notice',
    async (notice) => {
      // The entry below says why; the collection's own delete entry would only repeat it.
      await withAuditSkipped(req, (context) =>
        req.payload.delete({
          collection: 'exclusion-notices',
          id: notice.id,
          depth: 0,
          context,
          overrideAccess: true, // a scheduled job acting for the scheme
          req,
        }),
      )
      await recordAudit(req, {
        action: 'delete',
        summary: `Retention: deleted exclusion notice #${notice.id} of offender profile #${relationId(notice.offender)}`,
        entityCollection: 'exclusion-notices',
        entityId: notice.id,
        details: { rule: 'notice-retention-ended', retainUntil: notice.retainUntil },
      })
    },
  )
  return { deleted: outcome.done, failed: outcome.failed }
}
