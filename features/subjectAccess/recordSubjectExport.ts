import 'server-only'
import type { PayloadRequest } from 'payload'
import { recordAudit } from '@/lib/audit/recordAudit'
import { withAuditSkipped } from '@/lib/audit/withAuditSkipped'
import type { SubjectAccessZip } from './buildSubjectAccessZip'

/**
 * Stamps the request with when its export was downloaded and audit-logs the export (what was in it, never
 * any of the data). `req` carries the staff member who downloaded it, already checked by the caller.
 */
export const recordSubjectExport = async (req: PayloadRequest, zip: SubjectAccessZip, now = new Date()) => {
  await withAuditSkipped(req, (context) =>
    req.payload.update({
      collection: 'subject-requests',
      id: zip.request.id,
      data: { exportedAt: now.toISOString() },
      depth: 0,
      context,
      // exportedAt is read-only for everyone (field access), so staff cannot fake a download: only this
      // server code sets it, after the route has checked the caller and built the export as them.
      overrideAccess: true,
      req,
    }),
  )
  await recordAudit(req, {
    action: 'export',
    summary: `Exported subject access request #${zip.request.id}`,
    entityCollection: 'subject-requests',
    entityId: zip.request.id,
    details: { counts: zip.counts },
  })
}
