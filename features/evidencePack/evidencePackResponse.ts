import 'server-only'
import { buildEvidenceExport } from '@/features/evidenceExport/buildEvidenceExport'
import { auditMemberRefusal } from '@/lib/audit/auditMemberRefusal'
import { getPayloadClient } from '@/lib/database/getPayloadClient'
import { privateHeaders } from '@/lib/security/privateHeaders'
import { buildEvidencePack } from './buildEvidencePack'
import { EvidencePackRefused } from './EvidencePackRefused'
import type { EvidencePackRequest } from './gatherEvidencePack'
import { packViewerOf } from './packViewerOf'

const message = (status: number, text: string) =>
  new Response(text, { status, headers: { ...privateHeaders, 'Content-Type': 'text/plain; charset=utf-8' } })

/** What the pack routes send: the printable PDF, or the structured ZIP (docs/evidence-export.md). */
export type PackFormat = 'pdf' | 'zip'

const build = async (
  format: PackFormat,
  ...args: Parameters<typeof buildEvidencePack>
): Promise<{ bytes: Uint8Array; filename: string; contentType: string }> =>
  format === 'zip'
    ? { ...(await buildEvidenceExport(...args)), contentType: 'application/zip' }
    : { ...(await buildEvidencePack(...args)), contentType: 'application/pdf' }

/**
 * The HTTP answer for a pack request, shared by the incident and offender routes: the PDF (or, with
 * `?format=zip`, the structured export) as a download, or a plain message (401 signed out, 403 not police
 * or scheme staff, 400/404 for the request itself).
 */
export const evidencePackResponse = async (
  request: Request,
  packRequest: EvidencePackRequest | null,
  format: PackFormat = 'pdf',
): Promise<Response> => {
  const viewer = await packViewerOf(request)
  if (!viewer)
    return message(401, 'Sign in as a police officer or scheme manager to download evidence packs.')
  if (!packRequest) return message(400, 'That is not a valid list of incidents.')
  const payload = await getPayloadClient()
  try {
    const built = await build(format, payload, viewer, packRequest, request.headers)
    return new Response(new Uint8Array(built.bytes), {
      headers: {
        ...privateHeaders,
        'Content-Type': built.contentType,
        'Content-Disposition': `attachment; filename="${built.filename}"`,
      },
    })
  } catch (error) {
    if (error instanceof EvidencePackRefused) {
      // A pack refused for lack of rights is audit-logged like every refusal (docs/audit-chain.md).
      if (error.status === 403)
        await auditMemberRefusal(viewer, {
          summary: format === 'zip' ? 'Evidence export (ZIP) refused' : 'Evidence pack refused',
          details: { incidents: packRequest.incidentIds, status: error.status, format },
        })
      return message(error.status, error.message)
    }
    payload.logger.error({
      msg: 'Could not build an evidence pack',
      viewer: `${viewer.collection}:${viewer.id}`,
      incidents: packRequest.incidentIds,
      err: (error as Error).message,
    })
    return message(500, 'The evidence pack could not be made. Please try again.')
  }
}
