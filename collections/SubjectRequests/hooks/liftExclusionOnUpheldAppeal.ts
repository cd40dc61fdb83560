import type { CollectionAfterChangeHook } from 'payload'
import { relationIds } from '@/access/relationIds'
import { recordAudit } from '@/lib/audit/recordAudit'
import { withAuditSkipped } from '@/lib/audit/withAuditSkipped'
import type { SubjectRequest } from '@/payload-types'

const isUpheld = (doc: Partial<SubjectRequest> | undefined) =>
  doc?.kind === 'appeal' && doc.status === 'answered' && doc.appealOutcome === 'upheld'

/**
 * An appeal answered "upheld" lifts the exclusion on every linked profile at once: the stage returns to
 * none and the end date becomes now, so the record shows when it ended. Runs once, when the appeal first
 * becomes upheld. "Partly upheld" needs a judgement (a shorter end date), so staff edit the profile by hand.
 * The update is made as the staff member answering (their access applies) inside the same transaction.
 */
export const liftExclusionOnUpheldAppeal: CollectionAfterChangeHook<SubjectRequest> = async ({
  doc,
  previousDoc,
  req,
}) => {
  if (!isUpheld(doc) || isUpheld(previousDoc)) return doc
  const now = new Date().toISOString()
  for (const offenderId of relationIds(doc.offenders)) {
    const profile = await req.payload.findByID({
      collection: 'offenders',
      id: offenderId,
      depth: 0,
      select: { exclusion: true },
      disableErrors: true,
      overrideAccess: false,
      req,
    })
    const stage = profile?.exclusion?.stage
    if (!profile || (stage !== 'warning' && stage !== 'exclusion')) continue
    await withAuditSkipped(req, (context) =>
      req.payload.update({
        collection: 'offenders',
        id: offenderId,
        data: { exclusion: { ...profile.exclusion, stage: 'none', endsAt: now } },
        depth: 0,
        context: { ...context, skipDuplicateCheck: true },
        overrideAccess: false,
        req,
      }),
    )
    await recordAudit(req, {
      action: 'update',
      summary: `Exclusion lifted on profile #${offenderId}: appeal #${doc.id} upheld`,
      entityCollection: 'offenders',
      entityId: offenderId,
      details: { endedStage: stage, appeal: doc.id },
    })
  }
  return doc
}
