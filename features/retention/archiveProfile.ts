import type { PayloadRequest } from 'payload'
import { recordAudit } from '@/lib/audit/recordAudit'
import { withAuditSkipped } from '@/lib/audit/withAuditSkipped'
import type { GalleryExit } from './galleryExit'
import type { RetentionRules } from './retentionRules'

/** Takes an approved profile out of the gallery: archived, with the date its review period runs from. */
export const archiveProfile = async (
  req: PayloadRequest,
  offenderId: number,
  exit: GalleryExit,
  rules: RetentionRules,
  now: Date,
) => {
  // The entry below says why; the collection's own entry would only list the changed fields.
  await withAuditSkipped(
    req,
    (context) =>
      req.payload.update({
        collection: 'offenders',
        id: offenderId,
        data: { status: 'archived', archivedAt: now.toISOString() },
        depth: 0,
        context,
        overrideAccess: true, // a scheduled job acting for the scheme
        req,
      }),
    { skipDuplicateCheck: true },
  )
  await recordAudit(req, {
    action: 'archive',
    summary: `Retention: profile #${offenderId} left the gallery, ${rules.galleryMonths} months after its ${exit.fromWhat}`,
    entityCollection: 'offenders',
    entityId: offenderId,
    details: {
      rule: 'gallery-period-ended',
      from: exit.from.toISOString(),
      fromWhat: exit.fromWhat,
      galleryMonths: rules.galleryMonths,
    },
  })
}
