import 'server-only'
import type { Payload } from 'payload'
import type { Account } from '@/access/accountOf'
import { relationId } from '@/access/relationId'
import { incidentReportSelect } from '@/collections/Incidents/incidentReportSelect'
import { referenceOf } from '@/features/reports/referenceOf'
import { recordLabel } from '@/lib/format/recordLabel'
import type { Evidence } from '@/payload-types'
import { gatherPackMessages } from './gatherPackMessages'
import { gatherPackStatements } from './gatherPackStatements'
import { loadPackImage } from './loadPackImage'
import { readReporterContact } from './readReporterContact'
import type { PackImage, PackIncident } from './types'

/**
 * The chosen incidents as the viewer may read them, oldest first, with their evidence images and the
 * reporter's contact. Read with the viewer's own access: an incident they may not read is simply absent,
 * evidence they may not read is not populated, and the reporter comes back only where field access allows.
 */
export const gatherPackIncidents = async (
  payload: Payload,
  viewer: Account,
  incidentIds: readonly number[],
  referencePrefix: string,
): Promise<PackIncident[]> => {
  if (!incidentIds.length) return []
  const found = await payload.find({
    collection: 'incidents',
    where: { id: { in: [...incidentIds] } },
    sort: 'occurredAt',
    limit: incidentIds.length,
    depth: 1,
    populate: {
      businesses: { name: true, address: true },
      'incident-types': { label: true },
      'police-outcomes': { label: true },
      offenders: { displayName: true },
      members: { name: true },
    },
    select: { ...incidentReportSelect, createdAt: true, summary: true, anonymisedAt: true },
    user: viewer,
    overrideAccess: false,
  })
  const incidents: PackIncident[] = []
  for (const doc of found.docs) {
    const business = doc.business && typeof doc.business === 'object' ? doc.business : null
    const address = business
      ? [business.address?.line1, business.address?.line2, business.address?.postcode]
          .filter(Boolean)
          .join(', ')
      : ''
    const images: PackImage[] = []
    for (const evidence of doc.evidence ?? []) {
      // A bare id means the viewer may not read that file: it stays out of the pack.
      if (!evidence || typeof evidence !== 'object') continue
      const image = await loadPackImage(payload, evidence as Evidence)
      if (image) images.push(image)
    }
    const reporterId = relationId(doc.reporter)
    incidents.push({
      id: doc.id,
      reference: referenceOf(doc.id, referencePrefix),
      type: recordLabel(doc.type),
      occurredAt: doc.occurredAt,
      reportedAt: doc.createdAt,
      businessName: business?.name ?? 'A member business',
      businessAddress: address,
      spot: doc.spot ?? null,
      summary: doc.summary ?? null,
      description: doc.description ?? null,
      valueLost: doc.valueLost ?? null,
      valueRecovered: doc.valueRecovered ?? null,
      policeCalled: Boolean(doc.policeCalled),
      offenders: (doc.offenders ?? []).flatMap((offender) =>
        offender && typeof offender === 'object' ? [offender.displayName ?? `Profile ${offender.id}`] : [],
      ),
      unknownPersonDescription: doc.unknownPersonDescription ?? null,
      crimeReference: doc.police?.crimeReference ?? null,
      outcome: doc.police?.outcome ? recordLabel(doc.police.outcome) : null,
      policeNotes: doc.police?.notes ?? null,
      anonymised: Boolean(doc.anonymisedAt),
      reporter: reporterId !== null ? await readReporterContact(payload, viewer, reporterId) : null,
      images,
      statements: await gatherPackStatements(payload, viewer, doc.id),
      messages: await gatherPackMessages(payload, viewer, doc.id),
    })
  }
  return incidents
}
