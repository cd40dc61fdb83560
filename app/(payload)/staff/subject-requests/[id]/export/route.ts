import { createLocalReq } from 'payload'
import { buildSubjectAccessZip } from '@/features/subjectAccess/buildSubjectAccessZip'
import { recordSubjectExport } from '@/features/subjectAccess/recordSubjectExport'
import { subjectRequestStaff } from '@/features/subjectAccess/subjectRequestStaff'
import { recordAudit } from '@/lib/audit/recordAudit'
import { getPayloadClient } from '@/lib/database/getPayloadClient'
import { privateHeaders } from '@/lib/security/privateHeaders'
import { privateTextResponse } from '@/lib/security/privateTextResponse'

/**
 * Downloads the answer to one subject access request as a ZIP (see docs/subject-access.md). Only scheme
 * managers and admins; every read inside is made as them with access enforced. The download is stamped on
 * the request and audit-logged; a refused attempt by a signed-in account is audit-logged too.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const payload = await getPayloadClient()
  const { account, staff } = await subjectRequestStaff(payload, request.headers)
  if (!account) return privateTextResponse(401, 'Sign in to the admin to export a subject access request.')
  const { id } = await params
  if (!staff) {
    const req = await createLocalReq({ user: account, req: { headers: request.headers } }, payload)
    await recordAudit(req, {
      action: 'access-denied',
      summary: 'Refused a subject access export: not a scheme manager or admin',
      entityCollection: 'subject-requests',
      entityId: /^\d+$/.test(id) ? Number(id) : undefined,
    })
    return privateTextResponse(403, 'Only scheme managers and admins export subject access requests.')
  }
  if (!/^\d+$/.test(id)) return privateTextResponse(404, 'No such request.')

  try {
    const zip = await buildSubjectAccessZip(payload, staff, Number(id))
    if (!zip) return privateTextResponse(404, 'No such request.')
    const req = await createLocalReq({ user: staff, req: { headers: request.headers } }, payload)
    await recordSubjectExport(req, zip)
    return new Response(new Blob([zip.bytes as Uint8Array<ArrayBuffer>]), {
      headers: {
        ...privateHeaders,
        'Content-Type': 'application/zip',
        'Content-Disposition': `attachment; filename="${zip.filename}"`,
        'Content-Length': String(zip.bytes.byteLength),
      },
    })
  } catch (error) {
    payload.logger.error({
      msg: 'Subject access export failed',
      request: Number(id),
      err: (error as Error).message,
    })
    return privateTextResponse(
      500,
      'The export could not be built. Try again; if it fails again, tell an admin.',
    )
  }
}
