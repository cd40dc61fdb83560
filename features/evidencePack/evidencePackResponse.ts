import 'server-only'
import { auditMemberRefusal } from '@/lib/audit/auditMemberRefusal'
import { getPayloadClient } from '@/lib/database/getPayloadClient'
import { privateHeaders } from '@/lib/security/privateHeaders'
import { buildEvidencePack } from './buildEvidencePack'
import { EvidencePackRefused } from './EvidencePackRefused'
import type { EvidencePackRequest } from './gatherEvidencePack'
import { packViewerOf } from './packViewerOf'

const message = (status: number, text: string) =>
  new Response(text, { status, headers: { ...privateHeaders, 'Content-Type': 'text/plain; charset=utf-8' } })

/**
 * The HTTP answer for a pack request, shared by the incident and offender routes: the PDF as a download,
 * or a plain message (401 signed out, 403 not police or scheme staff, 400/404 for the request itself).
 */
export const evidencePackResponse = async (
  request: Request,
  packRequest: EvidencePackRequest | null,
): Promise<Response> => {
  const viewer = await packViewerOf(request)
  if (!viewer)
    return message(401, 'Sign in as a police officer or scheme manager to download evidence packs.')
  if (!packRequest) return message(400, 'That is not a valid list of incidents.')
  const payload = await getPayloadClient()
  try {
    const built = await buildEvidencePack(payload, viewer, packRequest, request.headers)
    return new Response(new Uint8Array(built.bytes), {
      headers: {
        ...privateHeaders,
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="${built.filename}"`,
      },
    })
  } catch (error) {
    if (error instanceof EvidencePackRefused) {
      // A pack refused for lack of rights is audit-logged like every refusal (docs/audit-chain.md).
      if (error.status === 403)
        await auditMemberRefusal(viewer, {
          summary: 'Evidence pack refused',
          details: { incidents: packRequest.incidentIds, status: error.status },
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
