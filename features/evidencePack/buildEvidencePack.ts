import 'server-only'
import { createLocalReq, type Payload } from 'payload'
import type { Account } from '@/access/accountOf'
import { recordAudit } from '@/lib/audit/recordAudit'
import { fileSlugOf } from '@/lib/text/fileSlugOf'
import { type EvidencePackRequest, gatherEvidencePack } from './gatherEvidencePack'
import { renderEvidencePack } from './renderEvidencePack'
import type { EvidencePack } from './types'

export type BuiltEvidencePack = {
  pack: EvidencePack
  bytes: Uint8Array
  printed: string[]
  filename: string
}

/**
 * Gathers a pack as the viewer, prints it, and records the export in the audit log (which incidents,
 * which pack id) before anything leaves the server. Throws EvidencePackRefused for a request it refuses.
 */
export const buildEvidencePack = async (
  payload: Payload,
  viewer: Account | null,
  request: EvidencePackRequest,
  headers?: Headers,
): Promise<BuiltEvidencePack> => {
  const pack = await gatherEvidencePack(payload, viewer, request)
  const { bytes, printed } = await renderEvidencePack(pack)
  const incidentIds = pack.incidents.map((incident) => incident.id)
  const req = await createLocalReq({ user: viewer ?? undefined, req: headers ? { headers } : {} }, payload)
  await recordAudit(req, {
    action: 'export',
    summary: pack.offender
      ? `Evidence pack for profile ${pack.offender.id} (${incidentIds.length} incidents)`
      : `Evidence pack for incident ${incidentIds.join(', ')}`,
    entityCollection: pack.offender ? 'offenders' : 'incidents',
    entityId: pack.offender ? pack.offender.id : incidentIds[0],
    details: {
      packId: pack.packId,
      incidentIds,
      images: pack.incidents.reduce((sum, incident) => sum + incident.images.length, 0),
    },
  })
  const subject = pack.offender ? `profile-${pack.offender.id}` : `incident-${incidentIds[0]}`
  const filename = `${fileSlugOf(pack.branding.schemeName)}-evidence-${subject}-${pack.packId.slice(0, 8)}.pdf`
  return { pack, bytes, printed, filename }
}
