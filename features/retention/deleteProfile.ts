import type { PayloadRequest } from 'payload'
import { recordAudit } from '@/lib/audit/recordAudit'
import { withAuditSkipped } from '@/lib/audit/withAuditSkipped'
import { deleteEvidenceFiles } from './deleteEvidenceFiles'
import type { DeletionReview } from './deletionReview'
import { evidenceOnlyOfProfile } from './evidenceOnlyOfProfile'
import type { RetentionRules } from './retentionRules'

/**
 * Deletes a profile past its review period with its recognition log, its exclusion notices and the evidence
 * files only it uses.
 * Links to it from reports (`offenders`, `breachOf`), other profiles (`associates`, `possibleDuplicates`)
 * and subject requests are relationship rows that PostgreSQL removes with it (ON DELETE CASCADE); the
 * reports themselves stay until their own retention period. Run inside one transaction per profile.
 */
export const deleteProfile = async (
  req: PayloadRequest,
  offenderId: number,
  review: DeletionReview,
  rules: RetentionRules,
) => {
  const files = await evidenceOnlyOfProfile(req, offenderId)
  const linkedReports = await req.payload.count({
    collection: 'incidents',
    where: { or: [{ offenders: { contains: offenderId } }, { breachOf: { contains: offenderId } }] },
    overrideAccess: true, // a scheduled job acting for the scheme
    req,
  })
  // A recognition cannot outlive its profile (its `offender` is required): they go first.
  const recognitions = await req.payload.delete({
    collection: 'recognitions',
    where: { offender: { equals: offenderId } },
    depth: 0,
    overrideAccess: true, // a scheduled job acting for the scheme
    req,
  })
  if (recognitions.errors.length) throw new Error('Could not delete the recognition log')
  // Nor can a notice (its `offender` is required). None is running: a running notice holds the profile.
  // The entry below counts them; one entry per notice would only repeat it.
  const notices = await withAuditSkipped(req, (context) =>
    req.payload.delete({
      collection: 'exclusion-notices',
      where: { offender: { equals: offenderId } },
      depth: 0,
      context,
      overrideAccess: true, // a scheduled job acting for the scheme
      req,
    }),
  )
  if (notices.errors.length) throw new Error('Could not delete the exclusion notices')
  await req.payload.delete({
    collection: 'offenders',
    id: offenderId,
    depth: 0,
    // The entry below says why; the collection's own delete entry would only repeat it without the reason.
    context: { skipAudit: true },
    overrideAccess: true, // a scheduled job acting for the scheme
    req,
  })
  await recordAudit(req, {
    action: 'delete',
    summary: `Retention: deleted profile #${offenderId}, ${rules.reviewMonths} months after it left the gallery`,
    entityCollection: 'offenders',
    entityId: offenderId,
    details: {
      rule: 'review-period-ended',
      archivedAt: review.from.toISOString(),
      reviewEndedAt: review.at.toISOString(),
      reviewMonths: rules.reviewMonths,
      evidenceDeleted: files,
      recognitionsDeleted: recognitions.docs.length,
      noticesDeleted: notices.docs.length,
      reportsUnlinked: linkedReports.totalDocs,
    },
  })
  await deleteEvidenceFiles(req, files)
}
