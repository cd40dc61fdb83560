import 'server-only'
import { randomUUID } from 'node:crypto'
import type { Payload } from 'payload'
import type { Account } from '@/access/accountOf'
import { readPdfBranding } from '@/features/schemeIdentity/readPdfBranding'
import { readSchemeSettings } from '@/lib/settings/readSchemeSettings'
import { checkPackRequest, type EvidencePackRequest } from './checkPackRequest'
import { describeExporter } from './describeExporter'
import { EvidencePackRefused } from './EvidencePackRefused'
import { gatherPackIncidents } from './gatherPackIncidents'
import type { EvidencePack } from './types'

export type { EvidencePackRequest } from './checkPackRequest'

/**
 * Everything a pack prints, read as the viewer (collection and field access decide what is in it), after
 * the checks every export makes (checkPackRequest); a report the viewer may not read is a 404.
 */
export const gatherEvidencePack = async (
  payload: Payload,
  viewer: Account | null,
  request: EvidencePackRequest,
  now = new Date(),
): Promise<EvidencePack> => {
  const checked = await checkPackRequest(payload, viewer, request)
  const { incidentIds, offender } = checked
  const settings = await readSchemeSettings(payload)
  const incidents = await gatherPackIncidents(payload, checked.viewer, incidentIds, settings.referencePrefix)
  if (incidents.length !== incidentIds.length)
    throw new EvidencePackRefused('That report was not found.', 404)
  return {
    branding: await readPdfBranding(payload, settings),
    packId: randomUUID(),
    generatedAt: now,
    generatedBy: describeExporter(checked.viewer),
    offender,
    incidents,
  }
}
