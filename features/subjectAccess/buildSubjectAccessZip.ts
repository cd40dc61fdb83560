import 'server-only'
import { strToU8, type Zippable, zipSync } from 'fflate'
import type { Payload } from 'payload'
import type { StaffAccount } from '@/access/accountOf'
import { relationId } from '@/access/relationId'
import { relationIds } from '@/access/relationIds'
import { readEvidenceBytes } from '@/features/evidence/readEvidenceBytes'
import { readSchemeSettings } from '@/lib/settings/readSchemeSettings'
import type { Evidence, SubjectRequest } from '@/payload-types'
import { gatherSubjectData, type SubjectData } from './gatherSubjectData'
import { gatherThirdParties } from './gatherThirdParties'
import { makeRedactor } from './makeRedactor'
import { renderSummaryHtml } from './renderSummaryHtml'
import { type ExportImage, toSubjectExport } from './toSubjectExport'

const extensionOf = (mimeType: string | null | undefined) =>
  ({ 'image/webp': 'webp', 'image/jpeg': 'jpg', 'image/png': 'png', 'image/avif': 'avif' })[mimeType ?? ''] ??
  'bin'

/** Which of the subject's profiles and reports an image belongs to, by either side of the link. */
const placeOf = (evidence: Evidence, data: SubjectData) => {
  const profileIds = new Set(data.profiles.map((profile) => profile.id))
  const incidentIds = new Set(data.incidents.map((incident) => incident.id))
  const ownProfile = relationId(evidence.offender)
  const ownIncident = relationId(evidence.incident)
  return {
    profile:
      ownProfile !== null && profileIds.has(ownProfile)
        ? ownProfile
        : (data.profiles.find((profile) => relationIds(profile.photos).includes(evidence.id))?.id ?? null),
    incident:
      ownIncident !== null && incidentIds.has(ownIncident)
        ? ownIncident
        : (data.incidents.find((incident) => relationIds(incident.evidence).includes(evidence.id))?.id ??
          null),
  }
}

export type SubjectAccessZip = {
  bytes: Uint8Array
  filename: string
  request: SubjectRequest
  counts: { profiles: number; incidents: number; recognitions: number; images: number; auditEntries: number }
}

/**
 * The whole answer to one subject access request as a ZIP: summary.html to read and print, data.json, and
 * images/ with the stored (re-encoded, metadata-free) files. Read as `staff`, whose access is checked on
 * every read; null when the request does not exist or the staff member may not read it. Writes nothing.
 */
export const buildSubjectAccessZip = async (
  payload: Payload,
  staff: StaffAccount,
  requestId: number,
  now = new Date(),
): Promise<SubjectAccessZip | null> => {
  const request = await payload.findByID({
    collection: 'subject-requests',
    id: requestId,
    depth: 0,
    disableErrors: true,
    user: staff,
    overrideAccess: false,
  })
  if (!request) return null
  const data = await gatherSubjectData(payload, staff, relationIds(request.offenders))
  const [parties, settings] = await Promise.all([
    gatherThirdParties(payload, staff, data.profiles, data.notices),
    readSchemeSettings(payload),
  ])
  const redact = makeRedactor(parties)

  const files: Zippable = {}
  const images: ExportImage[] = []
  for (const evidence of data.evidence) {
    const file = `images/${evidence.id}-${evidence.kind}.${extensionOf(evidence.mimeType)}`
    let stored: string | null = null
    if (evidence.filename) {
      try {
        // Stored, not deflated: the images are already compressed.
        files[file] = [
          new Uint8Array(await readEvidenceBytes(payload, evidence, evidence.filename)),
          { level: 0 },
        ]
        stored = file
      } catch (error) {
        payload.logger.error({
          msg: 'Subject access export could not read an image',
          evidence: evidence.id,
          request: request.id,
          err: (error as Error).message,
        })
      }
    }
    images.push({
      evidenceId: evidence.id,
      file: stored,
      kind: evidence.kind,
      caption: redact(evidence.caption),
      ...placeOf(evidence, data),
      createdAt: evidence.createdAt,
    })
  }

  const exported = toSubjectExport(data, redact, request, images, now)
  files['summary.html'] = strToU8(renderSummaryHtml(exported, settings.schemeName ?? 'The scheme'))
  files['data.json'] = strToU8(JSON.stringify(exported, null, 2))
  return {
    bytes: zipSync(files, { level: 6, mtime: now }),
    filename: `subject-access-request-${request.id}-${now.toISOString().slice(0, 10)}.zip`,
    request,
    counts: {
      profiles: data.profiles.length,
      incidents: data.incidents.length,
      recognitions: data.recognitions.length,
      images: images.filter((image) => image.file).length,
      auditEntries: data.auditEntries.length,
    },
  }
}
