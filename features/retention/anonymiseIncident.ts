import type { PayloadRequest } from 'payload'
import { relationIds } from '@/access/relationIds'
import { evidenceUsedElsewhere } from '@/collections/Evidence/rules/evidenceUsedElsewhere'
import { removeMessagesOfIncident } from '@/collections/ReportMessages/removeMessagesOfIncident'
import {
  deleteSignedDocuments,
  removeStatementsOfIncident,
} from '@/collections/WitnessStatements/removeStatementsOfIncident'
import { recordAudit } from '@/lib/audit/recordAudit'
import type { Incident } from '@/payload-types'
import { anonymisedDescription, anonymisedSummary } from './anonymisedText'
import { deleteEvidenceFiles } from './deleteEvidenceFiles'
import type { RetentionRules } from './retentionRules'

export type IncidentToAnonymise = Pick<Incident, 'id' | 'occurredAt' | 'offenders' | 'evidence' | 'police'>

/**
 * Rule 3 for one report: what identifies anyone goes (reporter, free text, crime reference, links to
 * profiles, evidence files); what the scheme counts stays (type, when, business, values, police called,
 * outcome, status). A file a profile still uses as its photo stays with the profile, unlinked from here.
 */
export const anonymiseIncident = async (
  req: PayloadRequest,
  incident: IncidentToAnonymise,
  rules: RetentionRules,
  now: Date,
) => {
  const attached = await req.payload.find({
    collection: 'evidence',
    where: { incident: { equals: incident.id } },
    select: { incident: true },
    depth: 0,
    pagination: false,
    limit: 0,
    overrideAccess: true, // a scheduled job acting for the scheme
    req,
  })
  // The report's thread quotes the reporter and police: it goes with the report's identifying text, and its
  // photos with the report's own (they are linked to the report too, so this only makes sure).
  const messages = await removeMessagesOfIncident(req, incident.id)
  const files = [
    ...new Set([
      ...relationIds(incident.evidence),
      ...attached.docs.map((file) => file.id),
      ...messages.photos,
    ]),
  ]
  const used = await evidenceUsedElsewhere(req, files, { offenders: [], incidents: [incident.id] })
  const deletable = files.filter((id) => !used.has(id))
  const kept = files.filter((id) => used.has(id))
  await req.payload.update({
    collection: 'incidents',
    id: incident.id,
    data: {
      reporter: null,
      summary: anonymisedSummary,
      description: anonymisedDescription,
      spot: null,
      unknownPersonDescription: null,
      offenders: [],
      breachOf: [],
      evidence: [],
      police: { crimeReference: null, notes: null, outcome: incident.police?.outcome ?? 'none' },
      anonymisedAt: now.toISOString(),
    },
    depth: 0,
    // The 'anonymise' entry below replaces the collection's own 'update' entry.
    context: { skipAudit: true },
    overrideAccess: true, // a scheduled job acting for the scheme
    req,
  })
  if (kept.length) {
    await req.payload.update({
      collection: 'evidence',
      where: { and: [{ id: { in: kept } }, { incident: { equals: incident.id } }] },
      data: { incident: null },
      depth: 0,
      overrideAccess: true, // a scheduled job acting for the scheme
      req,
    })
  }
  // Witness statements name and quote the witness: they go with the report's identifying text.
  const statements = await removeStatementsOfIncident(req, incident.id)
  await recordAudit(req, {
    action: 'anonymise',
    summary: `Retention: anonymised report #${incident.id}, ${rules.incidentMonths} months after it happened`,
    entityCollection: 'incidents',
    entityId: incident.id,
    details: {
      rule: 'report-period-ended',
      occurredAt: incident.occurredAt,
      incidentMonths: rules.incidentMonths,
      profilesUnlinked: relationIds(incident.offenders),
      evidenceDeleted: deletable,
      evidenceKeptForProfiles: kept,
      witnessStatementsDeleted: statements.statements,
      reportMessagesDeleted: messages.messages,
    },
  })
  await deleteEvidenceFiles(req, deletable)
  await deleteSignedDocuments(req, statements.signedDocuments)
}
