import 'server-only'
import type { Payload } from 'payload'
import type { Account } from '@/access/accountOf'
import { incidentReportSelect } from '@/collections/Incidents/incidentReportSelect'

/**
 * The chosen reports as the exporter may read them, oldest first, with what report.json names populated:
 * the type's and outcome's labels, the business, the linked profiles' names, descriptions and warning
 * markers, and the evidence records. What the exporter may not read is absent or left a bare id.
 */
export const readExportIncidents = async (
  payload: Payload,
  viewer: Account,
  incidentIds: readonly number[],
) => {
  const { docs } = await payload.find({
    collection: 'incidents',
    where: { id: { in: [...incidentIds] } },
    sort: 'occurredAt',
    limit: incidentIds.length,
    depth: 1,
    populate: {
      businesses: { name: true, address: true },
      'incident-types': { label: true },
      'police-outcomes': { label: true },
      offenders: { displayName: true, appearance: true, warningMarkers: true },
      evidence: {
        filename: true,
        mimeType: true,
        kind: true,
        caption: true,
        originalSha256: true,
        createdAt: true,
      },
    },
    select: { ...incidentReportSelect, createdAt: true, summary: true, anonymisedAt: true },
    user: viewer,
    overrideAccess: false,
  })
  return docs
}
