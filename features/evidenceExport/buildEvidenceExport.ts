import 'server-only'
import { randomUUID } from 'node:crypto'
import { strToU8, type Zippable, zipSync } from 'fflate'
import { createLocalReq, type Payload } from 'payload'
import type { Account } from '@/access/accountOf'
import { readEvidenceBytes } from '@/features/evidence/readEvidenceBytes'
import { checkPackRequest, type EvidencePackRequest } from '@/features/evidencePack/checkPackRequest'
import { describeExporter } from '@/features/evidencePack/describeExporter'
import { EvidencePackRefused } from '@/features/evidencePack/EvidencePackRefused'
import { readThreadsOf } from '@/features/reportConversations/readThreadsOf'
import { referenceOf } from '@/features/reports/referenceOf'
import { recordAudit } from '@/lib/audit/recordAudit'
import { readSchemeSettings } from '@/lib/settings/readSchemeSettings'
import { fileSlugOf } from '@/lib/text/fileSlugOf'
import { readStoredFile } from '@/lib/uploads/readStoredFile'
import type { Evidence, Incident } from '@/payload-types'
import { extensionOf } from './extensionOf'
import { readExportIncidents } from './readExportIncidents'
import { readSignedDocumentsOf } from './readSignedDocumentsOf'
import { readWarningMarkerLabels } from './readWarningMarkerLabels'
import { sha256Of } from './sha256Of'
import { toReportJson } from './toReportJson'
import {
  type ExportEvidence,
  type ExportMessage,
  type ExportSignedDocument,
  exportFormat,
  type Manifest,
  type ManifestFile,
} from './types'

export type BuiltEvidenceExport = { bytes: Uint8Array; filename: string; manifest: Manifest }

/**
 * The same reports an evidence pack takes (the same checks, the same reader's access) as a ZIP a case
 * system can load: manifest.json listing every file with its SHA-256, a report.json per report, the stored
 * evidence images and the reports' signed documents. The export is audit-logged, like a pack, before
 * anything leaves the server. Throws EvidencePackRefused for a request it refuses.
 */
export const buildEvidenceExport = async (
  payload: Payload,
  viewer: Account | null,
  request: EvidencePackRequest,
  headers?: Headers,
  now = new Date(),
): Promise<BuiltEvidenceExport> => {
  const checked = await checkPackRequest(payload, viewer, request)
  const settings = await readSchemeSettings(payload)
  const docs = (await readExportIncidents(payload, checked.viewer, checked.incidentIds)) as Incident[]
  if (docs.length !== checked.incidentIds.length)
    throw new EvidencePackRefused('That report was not found.', 404)
  const [markerLabels, signed, threads] = await Promise.all([
    readWarningMarkerLabels(payload, checked.viewer),
    readSignedDocumentsOf(payload, checked.viewer, checked.incidentIds),
    readThreadsOf(payload, checked.viewer, checked.incidentIds),
  ])

  const exportId = randomUUID()
  const files: Zippable = {}
  const listed: ManifestFile[] = []
  const add = (path: string, bytes: Uint8Array, mediaType: string) => {
    // Images and PDFs are already compressed: stored as they are.
    files[path] = mediaType === 'application/json' ? bytes : [bytes, { level: 0 }]
    listed.push({ path, bytes: bytes.length, sha256: sha256Of(bytes), mediaType })
  }
  const readFailed = (what: string, id: number, error: unknown) =>
    payload.logger.error({
      msg: `Evidence export could not read ${what}`,
      id,
      exportId,
      err: (error as Error).message,
    })

  const incidents: Manifest['incidents'] = []
  for (const doc of docs) {
    const reference = referenceOf(doc.id, settings.referencePrefix)
    const folder = `reports/${reference.replace(/[^A-Za-z0-9-]/g, '-')}`
    const exportFile = async (record: Evidence, subfolder: string): Promise<ExportEvidence> => {
      let file: string | null = null
      let storedSha256: string | null = null
      if (record.filename) {
        try {
          const bytes = new Uint8Array(await readEvidenceBytes(payload, record, record.filename))
          file = `${folder}/${subfolder}/${record.id}.${extensionOf(record.mimeType)}`
          add(file, bytes, record.mimeType ?? 'application/octet-stream')
          storedSha256 = sha256Of(bytes)
        } catch (error) {
          readFailed('an evidence file', record.id, error)
        }
      }
      return {
        id: record.id,
        kind: record.kind,
        caption: record.caption ?? null,
        uploadedAt: new Date(record.createdAt).toISOString(),
        file,
        mediaType: record.mimeType ?? null,
        originalSha256: record.originalSha256 ?? null,
        storedSha256,
      }
    }
    const evidence: ExportEvidence[] = []
    for (const item of doc.evidence ?? []) {
      // A bare id means the exporter may not read that file: it stays out, as in the PDF pack.
      if (!item || typeof item !== 'object') continue
      evidence.push(await exportFile(item as Evidence, 'evidence'))
    }
    const conversation: ExportMessage[] = []
    for (const message of threads.filter((entry) => entry.incident === doc.id)) {
      const photos: ExportEvidence[] = []
      for (const photo of message.photos) photos.push(await exportFile(photo, 'messages'))
      conversation.push({
        id: message.id,
        kind: message.kind,
        author: message.authorRole ?? null,
        sentAt: new Date(message.createdAt).toISOString(),
        body: message.body,
        cctv:
          message.kind === 'cctv-request'
            ? { from: message.cctvFrom ?? null, to: message.cctvTo ?? null, place: message.cctvPlace ?? null }
            : null,
        evidence: photos,
      })
    }
    const signedDocuments: ExportSignedDocument[] = []
    for (const document of signed.filter((entry) => entry.incident === doc.id)) {
      let file: string | null = null
      let sha256: string | null = null
      if (document.filename) {
        try {
          const bytes = new Uint8Array(
            await readStoredFile(payload, 'signed-documents', document, document.filename),
          )
          file = `${folder}/signed/${document.id}-${document.kind}.pdf`
          add(file, bytes, 'application/pdf')
          sha256 = sha256Of(bytes)
        } catch (error) {
          readFailed('a signed document', document.id, error)
        }
      }
      signedDocuments.push({
        id: document.id,
        kind: document.kind,
        createdAt: new Date(document.createdAt).toISOString(),
        file,
        recordedSha256: document.sha256,
        sha256,
      })
    }
    const report = toReportJson(doc, reference, markerLabels, evidence, signedDocuments, conversation)
    const reportPath = `${folder}/report.json`
    add(reportPath, strToU8(JSON.stringify(report, null, 2)), 'application/json')
    incidents.push({ id: doc.id, reference, report: reportPath })
  }

  const manifest: Manifest = {
    format: exportFormat.name,
    version: exportFormat.version,
    exportId,
    generatedAt: now.toISOString(),
    exporter: describeExporter(checked.viewer),
    scheme: settings.schemeName ?? 'The scheme',
    profile: checked.offender ? { id: checked.offender.id, displayName: checked.offender.displayName } : null,
    incidents,
    files: listed,
  }
  files['manifest.json'] = strToU8(JSON.stringify(manifest, null, 2))

  const incidentIds = incidents.map((incident) => incident.id)
  const req = await createLocalReq({ user: checked.viewer, req: headers ? { headers } : {} }, payload)
  await recordAudit(req, {
    action: 'export',
    summary: checked.offender
      ? `Evidence export (ZIP) for profile ${checked.offender.id} (${incidentIds.length} incidents)`
      : `Evidence export (ZIP) for incident ${incidentIds.join(', ')}`,
    entityCollection: checked.offender ? 'offenders' : 'incidents',
    entityId: checked.offender ? checked.offender.id : incidentIds[0],
    details: { exportId, format: 'zip', incidentIds, files: listed.length },
  })
  const subject = checked.offender ? `profile-${checked.offender.id}` : `incident-${incidentIds[0]}`
  return {
    bytes: zipSync(files, { level: 6, mtime: now }),
    filename: `${fileSlugOf(manifest.scheme)}-evidence-${subject}-${exportId.slice(0, 8)}.zip`,
    manifest,
  }
}
