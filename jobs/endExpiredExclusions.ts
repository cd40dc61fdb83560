import type { PayloadRequest, TaskConfig } from 'payload'
import { recordAudit } from '@/lib/audit/recordAudit'

/**
 * Ends warnings and exclusions whose end date has passed: the stage returns to none and the end is
 * audit-logged. (Pages already treat an expired exclusion as over; this keeps the records tidy.)
 */
export const endExpiredExclusions = async (req: PayloadRequest, now = new Date()) => {
  const expired = await req.payload.find({
    collection: 'offenders',
    where: {
      and: [
        { 'exclusion.stage': { in: ['warning', 'exclusion'] } },
        { 'exclusion.endsAt': { less_than_equal: now.toISOString() } },
      ],
    },
    select: { exclusion: true },
    depth: 0,
    pagination: false,
    limit: 0,
    overrideAccess: true, // a scheduled job acting for the scheme
    req,
  })
  for (const offender of expired.docs) {
    await req.payload.update({
      collection: 'offenders',
      id: offender.id,
      data: { exclusion: { ...offender.exclusion, stage: 'none' } },
      depth: 0,
      context: { skipAudit: true, skipDuplicateCheck: true },
      overrideAccess: true, // a scheduled job acting for the scheme
      req,
    })
    await recordAudit(req, {
      action: 'update',
      summary: `Exclusion ended by date on profile #${offender.id}`,
      entityCollection: 'offenders',
      entityId: offender.id,
      details: { endedStage: offender.exclusion?.stage, endsAt: offender.exclusion?.endsAt },
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
