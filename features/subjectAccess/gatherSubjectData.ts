import 'server-only'
import type { Payload, Where } from 'payload'
import type { StaffAccount } from '@/access/accountOf'
import { relationIds } from '@/access/relationIds'
import { incidentReportSelect } from '@/collections/Incidents/incidentReportSelect'
import { offenderProfileSelect } from '@/collections/Offenders/offenderProfileSelect'
import { auditEntrySelect } from '@/features/auditLog/auditEntrySelect'
import type {
  AuditLog,
  Evidence,
  ExclusionNotice,
  Incident,
  Offender,
  Recognition,
  ReportMessage,
} from '@/payload-types'

export type SubjectData = {
  profiles: Offender[]
  incidents: Incident[]
  recognitions: Recognition[]
  /** The warnings and exclusions given to the person, each with how it was served and why its stage. */
  notices: ExclusionNotice[]
  evidence: Evidence[]
  /** The conversations on those reports (collections/ReportMessages): what police asked, what was answered. */
  messages: ReportMessage[]
  auditEntries: AuditLog[]
  /** Business names by id: a business is not a person, so its name stays in the export. */
  businessNames: Record<number, string>
}

const profileSelect = {
  ...offenderProfileSelect,
  firstName: true,
  lastName: true,
  status: true,
  rejectionReason: true,
  safeguarding: true,
  safeguardingNote: true,
  archivedAt: true,
  retentionHold: true,
  proposedBy: true,
  approvedBy: true,
  approvedAt: true,
  createdAt: true,
  updatedAt: true,
} as const

/**
 * Everything the scheme holds on one person, read as the staff member answering the request (their read
 * access applies): the profiles that are this person, the reports naming them, the recognition log, the
 * exclusion notices given to them, the images of them and of those reports, and the audit trail of who looked at or changed any of it.
 * Unredacted: `toSubjectExport` decides what leaves the scheme.
 */
export const gatherSubjectData = async (
  payload: Payload,
  staff: StaffAccount,
  offenderIds: number[],
): Promise<SubjectData> => {
  const empty: SubjectData = {
    profiles: [],
    incidents: [],
    recognitions: [],
    notices: [],
    evidence: [],
    messages: [],
    auditEntries: [],
    businessNames: {},
  }
  if (!offenderIds.length) return empty
  const asStaff = { user: staff, depth: 0, pagination: false, limit: 0 } as const

  const [profiles, incidents, recognitions, notices] = await Promise.all([
    payload.find({
      collection: 'offenders',
      where: { id: { in: offenderIds } },
      select: profileSelect,
      joins: false,
      sort: 'id',
      ...asStaff,
      overrideAccess: false,
    }),
    payload.find({
      collection: 'incidents',
      where: { offenders: { in: offenderIds } },
      sort: 'occurredAt',
      select: {
        ...incidentReportSelect,
        summary: true,
        status: true,
        exclusionBreach: true,
        breachOf: true,
        anonymisedAt: true,
        createdAt: true,
      },
      ...asStaff,
      overrideAccess: false,
    }),
    payload.find({
      collection: 'recognitions',
      where: { offender: { in: offenderIds } },
      sort: 'recognisedAt',
      select: {
        offender: true,
        member: true,
        recognisedAt: true,
        source: true,
        confidence: true,
        note: true,
        reviewed: true,
        createdAt: true,
      },
      ...asStaff,
      overrideAccess: false,
    }),
    payload.find({
      collection: 'exclusion-notices',
      where: { offender: { in: offenderIds } },
      sort: 'startsAt',
      select: {
        offender: true,
        stage: true,
        outcome: true,
        zone: true,
        startsAt: true,
        endsAt: true,
        appealFrom: true,
        lastBreachAt: true,
        calculation: true,
        service: true,
        retainUntil: true,
        createdAt: true,
      },
      ...asStaff,
      overrideAccess: false,
    }),
  ])

  const incidentIds = incidents.docs.map((incident) => incident.id)
  const noticeIds = notices.docs.map((notice) => notice.id)
  const linkedEvidenceIds = [
    ...profiles.docs.flatMap((profile) => relationIds(profile.photos)),
    ...incidents.docs.flatMap((incident) => relationIds(incident.evidence)),
  ]
  const businessIds = [...new Set(relationIds(incidents.docs.map((incident) => incident.business)))]
  const entityMatches: Where[] = [
    { and: [{ entityCollection: { equals: 'offenders' } }, { entityId: { in: offenderIds } }] },
    ...(incidentIds.length
      ? [{ and: [{ entityCollection: { equals: 'incidents' } }, { entityId: { in: incidentIds } }] }]
      : []),
    ...(noticeIds.length
      ? [{ and: [{ entityCollection: { equals: 'exclusion-notices' } }, { entityId: { in: noticeIds } }] }]
      : []),
  ]

  const [evidence, auditEntries, businesses, messages] = await Promise.all([
    payload.find({
      collection: 'evidence',
      where: {
        or: [
          { offender: { in: offenderIds } },
          ...(incidentIds.length ? [{ incident: { in: incidentIds } }] : []),
          ...(linkedEvidenceIds.length ? [{ id: { in: linkedEvidenceIds } }] : []),
        ],
      },
      sort: 'id',
      select: {
        kind: true,
        caption: true,
        incident: true,
        offender: true,
        uploadedBy: true,
        filename: true,
        mimeType: true,
        sizes: true,
        _key: true,
        createdAt: true,
      },
      ...asStaff,
      overrideAccess: false,
    }),
    payload.find({
      collection: 'audit-log',
      where: { or: entityMatches },
      sort: 'createdAt',
      select: { ...auditEntrySelect, details: true },
      ...asStaff,
      overrideAccess: false,
    }),
    businessIds.length
      ? payload.find({
          collection: 'businesses',
          where: { id: { in: businessIds } },
          select: { name: true },
          ...asStaff,
          overrideAccess: false,
        })
      : { docs: [] as { id: number; name: string }[] },
    incidentIds.length
      ? payload.find({
          collection: 'report-messages',
          where: { incident: { in: incidentIds } },
          sort: 'createdAt',
          select: { incident: true, kind: true, body: true, authorRole: true, photos: true, createdAt: true },
          ...asStaff,
          overrideAccess: false,
        })
      : { docs: [] as ReportMessage[] },
  ])

  return {
    profiles: profiles.docs as Offender[],
    incidents: incidents.docs as Incident[],
    recognitions: recognitions.docs as Recognition[],
    notices: notices.docs as ExclusionNotice[],
    evidence: evidence.docs as Evidence[],
    messages: messages.docs as ReportMessage[],
    auditEntries: auditEntries.docs as AuditLog[],
    businessNames: Object.fromEntries(businesses.docs.map((business) => [business.id, business.name])),
  }
}
