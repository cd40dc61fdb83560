import { relationId } from '@/access/relationId'
import { relationIds } from '@/access/relationIds'
import { relationKey } from '@/access/relationKey'
import { relationKeys } from '@/access/relationKeys'
import type { SubjectRequest } from '@/payload-types'
import type { SubjectData } from './gatherSubjectData'
import { redactedLabels } from './gatherThirdParties'

export type ExportImage = {
  evidenceId: number
  /** Path inside the ZIP, or null when the stored file could not be read (listed so staff can chase it). */
  file: string | null
  kind: string
  caption: string
  profile: number | null
  incident: number | null
  createdAt: string
}

const actorLabel = (collection: string | null | undefined) =>
  collection === 'users'
    ? redactedLabels.staff
    : collection === 'members'
      ? redactedLabels.member
      : 'the system'
const someoneOr = (value: unknown, label: string) => (relationId(value) !== null ? label : null)
const fieldsChanged = (details: unknown): string[] => {
  const fields = (details as { fields?: unknown } | null)?.fields
  return Array.isArray(fields) ? fields.filter((field): field is string => typeof field === 'string') : []
}

/**
 * What leaves the scheme: a whitelist of the subject's own data, with every other person replaced by what
 * they are ("a scheme member", "a member of staff", "another person") and free text passed through
 * `redact`. Businesses keep their names (they are not people); IP addresses and internal ids of other
 * people are dropped entirely.
 */
export const toSubjectExport = (
  data: SubjectData,
  redact: (text: string | null | undefined) => string,
  request: Pick<SubjectRequest, 'id' | 'kind' | 'receivedAt' | 'dueAt'>,
  images: ExportImage[],
  generatedAt: Date,
) => {
  const subjectIds = new Set(data.profiles.map((profile) => profile.id))
  const imagesOf = (key: 'profile' | 'incident', id: number) =>
    images
      .filter((image) => image[key] === id)
      .map((image) => image.file ?? `(unavailable #${image.evidenceId})`)

  return {
    request: {
      reference: request.id,
      kind: request.kind,
      receivedAt: request.receivedAt,
      dueAt: request.dueAt ?? null,
    },
    generatedAt: generatedAt.toISOString(),
    profiles: data.profiles.map((profile) => ({
      reference: profile.id,
      displayName: profile.displayName ?? null,
      firstName: profile.firstName ?? null,
      lastName: profile.lastName ?? null,
      aliases: (profile.aliases ?? []).map((entry) => entry.alias),
      gallery: profile.gallery,
      status: profile.status,
      rejectionReason: redact(profile.rejectionReason) || null,
      appearance: {
        ageRange: profile.appearance?.ageRange ?? null,
        height: profile.appearance?.height ?? null,
        build: profile.appearance?.build ?? null,
        hair: profile.appearance?.hair ?? null,
        distinguishingFeatures: redact(profile.appearance?.distinguishingFeatures) || null,
        usualClothing: redact(profile.appearance?.usualClothing) || null,
      },
      warningMarkers: relationKeys(profile.warningMarkers),
      modusOperandi: redact(profile.modusOperandi) || null,
      associates: relationIds(profile.associates).length
        ? `${relationIds(profile.associates).length} other people (not named: they are third parties)`
        : null,
      exclusion: {
        stage: profile.exclusion?.stage ?? 'none',
        startsAt: profile.exclusion?.startsAt ?? null,
        endsAt: profile.exclusion?.endsAt ?? null,
        appealFrom: profile.exclusion?.appealFrom ?? null,
        lastBreachAt: profile.exclusion?.lastBreachAt ?? null,
      },
      policeNotes: redact(profile.policeNotes) || null,
      safeguarding: Boolean(profile.safeguarding),
      safeguardingNote: redact(profile.safeguardingNote) || null,
      archivedAt: profile.archivedAt ?? null,
      retentionHold: profile.retentionHold?.reason
        ? {
            reason: redact(profile.retentionHold.reason),
            heldAt: profile.retentionHold.heldAt ?? null,
            heldBy: someoneOr(profile.retentionHold.heldBy, redactedLabels.staff),
          }
        : null,
      lastIncidentAt: profile.lastIncidentAt ?? null,
      proposedBy: someoneOr(profile.proposedBy, redactedLabels.member),
      approvedBy: someoneOr(profile.approvedBy, redactedLabels.staff),
      approvedAt: profile.approvedAt ?? null,
      createdAt: profile.createdAt,
      updatedAt: profile.updatedAt,
      images: imagesOf('profile', profile.id),
      exclusionNotices: data.notices
        .filter((notice) => relationId(notice.offender) === profile.id)
        .map((notice) => ({
          reference: notice.id,
          stage: notice.stage,
          outcome: notice.outcome,
          zone: redact(notice.zone) || null,
          startsAt: notice.startsAt,
          endsAt: notice.endsAt ?? null,
          appealFrom: notice.appealFrom ?? null,
          lastBreachAt: notice.lastBreachAt ?? null,
          calculation: {
            suggestedStage: notice.calculation?.suggestedStage ?? null,
            points: notice.calculation?.points ?? null,
            reasons: Array.isArray(notice.calculation?.reasons) ? notice.calculation.reasons : [],
            overrideReason: redact(notice.calculation?.overrideReason) || null,
          },
          service: {
            servedAt: notice.service?.servedAt ?? null,
            servedBy:
              notice.service?.servedByName ||
              relationId(notice.service?.servedByStaff) !== null ||
              relationId(notice.service?.servedByMember) !== null
                ? redactedLabels.staff
                : null,
            place: redact(notice.service?.place) || null,
            signature: notice.service?.signature ?? null,
          },
          deletedAfter: notice.retainUntil ?? null,
        })),
    })),
    incidents: data.incidents.map((incident) => {
      const involved = relationIds(incident.offenders)
      const businessId = relationId(incident.business)
      return {
        reference: incident.id,
        type: relationKey(incident.type),
        occurredAt: incident.occurredAt,
        business: businessId !== null ? (data.businessNames[businessId] ?? null) : null,
        spot: redact(incident.spot) || null,
        summary: redact(incident.summary) || null,
        description: redact(incident.description) || null,
        valueLost: incident.valueLost ?? null,
        valueRecovered: incident.valueRecovered ?? null,
        policeCalled: Boolean(incident.policeCalled),
        profilesOfYou: involved.filter((id) => subjectIds.has(id)),
        otherPeopleInvolved: involved.filter((id) => !subjectIds.has(id)).length,
        unknownPersonDescription: redact(incident.unknownPersonDescription) || null,
        status: incident.status,
        exclusionBreach: relationIds(incident.breachOf).some((id) => subjectIds.has(id)),
        police: {
          crimeReference: incident.police?.crimeReference ?? null,
          outcome: incident.police?.outcome ?? null,
          notes: redact(incident.police?.notes) || null,
        },
        reportedBy: someoneOr(incident.reporter, redactedLabels.member),
        anonymisedAt: incident.anonymisedAt ?? null,
        createdAt: incident.createdAt,
        images: imagesOf('incident', incident.id),
        conversation: data.messages
          .filter((message) => relationId(message.incident) === incident.id)
          .map((message) => ({
            kind: message.kind,
            sentAt: message.createdAt,
            by:
              message.authorRole === 'police' || message.authorRole === 'scheme'
                ? redactedLabels.staff
                : redactedLabels.member,
            text: redact(message.body),
            images: relationIds(message.photos).map(
              (id) => images.find((image) => image.evidenceId === id)?.file ?? `(unavailable #${id})`,
            ),
          })),
      }
    }),
    recognitions: data.recognitions.map((recognition) => ({
      reference: recognition.id,
      profile: relationId(recognition.offender),
      recognisedAt: recognition.recognisedAt,
      source: recognition.source,
      confidence: recognition.confidence,
      note: redact(recognition.note) || null,
      recognisedBy: someoneOr(recognition.member, redactedLabels.member),
      reviewed: Boolean(recognition.reviewed),
    })),
    images,
    auditEntries: data.auditEntries.map((entry) => ({
      when: entry.createdAt,
      action: entry.action,
      summary: redact(entry.summary),
      by: actorLabel(entry.actorCollection),
      about: entry.entityCollection === 'incidents' ? 'incident' : 'profile',
      reference: entry.entityId ?? null,
      fieldsChanged: fieldsChanged(entry.details),
    })),
  }
}

export type SubjectExport = ReturnType<typeof toSubjectExport>
