import type { CollectionAfterChangeHook } from 'payload'
import { relationIds } from '@/access/relationIds'
import { recordAudit } from '@/lib/audit/recordAudit'
import { withAuditSkipped } from '@/lib/audit/withAuditSkipped'
import type { SubjectRequest } from '@/payload-types'

const isUpheld = (doc: Partial<SubjectRequest> | undefined) =>
  doc?.kind === 'appeal' && doc.status === 'answered' && doc.appealOutcome === 'upheld'

/**
 * An appeal answered "upheld" lifts the running notice of every linked profile at once: its outcome becomes
 * "lifted" and its end date now, so the record shows when it ended (the profile's mirror follows). Runs once,
 * when the appeal first becomes upheld. "Partly upheld" needs a judgement (a shorter end date), so staff edit
 * the notice by hand. The update is made as the staff member answering (their access applies) inside the
 * same transaction.
 */
export const liftExclusionOnUpheldAppeal: CollectionAfterChangeHook<SubjectRequest> = async ({
  doc,
  previousDoc,
  req,
}) => {
  if (!isUpheld(doc) || isUpheld(previousDoc)) return doc
  const offenderIds = relationIds(doc.offenders)
  if (!offenderIds.length) return doc
  const now = new Date().toISOString()
  const running = await req.payload.find({
    collection: 'exclusion-notices',
    where: { and: [{ offender: { in: offenderIds } }, { outcome: { equals: 'running' } }] },
    select: { offender: true, stage: true },
    depth: 0,
    limit: 100,
    pagination: false,
    overrideAccess: false,
    req,
  })
  for (const notice of running.docs) {
    await withAuditSkipped(req, (context) =>
      req.payload.update({
        collection: 'exclusion-notices',
        id: notice.id,
        data: { outcome: 'lifted', endsAt: now },
        depth: 0,
        context,
        overrideAccess: false,
        req,
      }),
    )
    await recordAudit(req, {
      action: 'update',
      summary: `Exclusion notice #${notice.id} lifted on offender profile #${notice.offender}: appeal #${doc.id} upheld`,
      entityCollection: 'exclusion-notices',
      entityId: notice.id,
      details: { endedStage: notice.stage, appeal: doc.id, offender: notice.offender },
    })
  }
  return doc
}
