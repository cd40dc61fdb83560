import { relationKey } from '@/access/relationKey'
import { recordLabel } from '@/lib/format/recordLabel'
import type { Incident, Offender } from '@/payload-types'
import {
  type ExportEvidence,
  type ExportMessage,
  type ExportProfile,
  type ExportSignedDocument,
  exportFormat,
  type ReportJson,
} from './types'

const keyLabel = (value: unknown) => {
  const key = relationKey(value)
  return key ? { key, label: recordLabel(value) || key } : null
}

const profileOf = (offender: Offender, markerLabels: Map<string, string>): ExportProfile => ({
  id: offender.id,
  displayName: offender.displayName ?? `Profile ${offender.id}`,
  description: {
    ageRange: offender.appearance?.ageRange ?? null,
    height: offender.appearance?.height ?? null,
    build: offender.appearance?.build ?? null,
    hair: offender.appearance?.hair ?? null,
    usualClothing: offender.appearance?.usualClothing ?? null,
    distinguishingFeatures: offender.appearance?.distinguishingFeatures ?? null,
  },
  warningMarkers: (offender.warningMarkers ?? []).flatMap((marker) => {
    const key = relationKey(marker)
    return key ? [{ key, label: markerLabels.get(key) ?? recordLabel(marker) }] : []
  }),
})

/**
 * One report as report.json records it (docs/evidence-export.md): what the exporter read, with keys and
 * labels for vocabulary so a receiving system can map the key and a person can read the label.
 */
export const toReportJson = (
  doc: Incident,
  reference: string,
  markerLabels: Map<string, string>,
  evidence: ExportEvidence[],
  signedDocuments: ExportSignedDocument[],
  conversation: ExportMessage[] = [],
): ReportJson => {
  const business = doc.business && typeof doc.business === 'object' ? doc.business : null
  return {
    format: `${exportFormat.name}/report`,
    version: exportFormat.version,
    incidentId: doc.id,
    reference,
    occurredAt: new Date(doc.occurredAt).toISOString(),
    reportedAt: new Date(doc.createdAt).toISOString(),
    place: {
      business: business?.name ?? 'A member business',
      address: business
        ? [business.address?.line1, business.address?.line2, business.address?.postcode]
            .filter(Boolean)
            .join(', ')
        : '',
      spot: doc.spot ?? null,
    },
    type: keyLabel(doc.type) ?? { key: '', label: '' },
    summary: doc.summary ?? null,
    description: doc.description ?? null,
    values: { lostGbp: doc.valueLost ?? null, recoveredGbp: doc.valueRecovered ?? null },
    police: {
      called: Boolean(doc.policeCalled),
      crimeNumber: doc.police?.crimeReference ?? null,
      outcome: keyLabel(doc.police?.outcome),
      notes: doc.police?.notes ?? null,
    },
    profiles: (doc.offenders ?? []).flatMap((offender) =>
      offender && typeof offender === 'object' ? [profileOf(offender, markerLabels)] : [],
    ),
    unknownPersonDescription: doc.unknownPersonDescription ?? null,
    anonymised: Boolean(doc.anonymisedAt),
    evidence,
    signedDocuments,
    conversation,
  }
}
