import type { PayloadRequest } from 'payload'
import { recordAudit } from '@/lib/audit/recordAudit'
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
  await req.payload.update({
    collection: 'offenders',
    id: offenderId,
    data: { status: 'archived', archivedAt: now.toISOString() },
    depth: 0,
    // The entry below says why; the collection's own entry would only list the changed fields.
    context: { skipAudit: true, skipDuplicateCheck: true },
    overrideAccess: true, // a scheduled job acting for the scheme
    req,
  })
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
