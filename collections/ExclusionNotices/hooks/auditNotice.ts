import type { CollectionAfterChangeHook } from 'payload'
import { relationId } from '@/access/relationId'
import { auditChange } from '@/lib/audit/auditChange'
import { recordAudit } from '@/lib/audit/recordAudit'
import type { ExclusionNotice } from '@/payload-types'

/**
 * A new notice is a decision: the audit entry holds what the rules suggested (stage, points, reasons) and
 * what staff chose, and whether they overrode it (the reason itself stays on the notice: free text about a
 * person stays out of the log). Later changes are logged as any change is.
 */
export const auditNotice: CollectionAfterChangeHook<ExclusionNotice> = async (args) => {
  const { doc, operation, req } = args
  if (operation !== 'create') return auditChange(args)
  if (req.context?.skipAudit) return doc
  const suggested = doc.calculation?.suggestedStage ?? null
  await recordAudit(req, {
    action: 'create',
    summary: `Created exclusion notice #${doc.id} (${doc.stage}) on offender profile #${relationId(doc.offender)}: the rules suggested ${suggested ?? 'nothing'}${suggested && suggested !== doc.stage ? ', overridden' : ''}`,
    entityCollection: 'exclusion-notices',
    entityId: doc.id,
    details: {
      offender: relationId(doc.offender),
      chosenStage: doc.stage,
      suggestedStage: suggested,
      points: doc.calculation?.points ?? null,
      reasons: doc.calculation?.reasons ?? [],
      overridden: Boolean(suggested && suggested !== doc.stage),
    },
  })
  return doc
}
