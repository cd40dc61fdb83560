/**
 * The structured export of reports (docs/evidence-export.md; JSON Schema: docs/evidence-export.schema.json).
 * Field names here are the format: change them only with a new format version.
 */

export const exportFormat = { name: 'ntars-evidence-export', version: '1.0' } as const

export type KeyLabel = { key: string; label: string }

export type ExportProfile = {
  id: number
  displayName: string
  description: {
    ageRange: string | null
    height: string | null
    build: string | null
    hair: string | null
    usualClothing: string | null
    distinguishingFeatures: string | null
  }
  warningMarkers: KeyLabel[]
}

export type ExportEvidence = {
  id: number
  kind: string
  caption: string | null
  uploadedAt: string
  /** Path of the stored file inside the ZIP; null when it could not be read. */
  file: string | null
  mediaType: string | null
  /** SHA-256 of the file as the member sent it, recorded at upload. */
  originalSha256: string | null
  /** SHA-256 of the stored (re-encoded) file, the bytes in this ZIP. */
  storedSha256: string | null
}

export type ExportSignedDocument = {
  id: number
  kind: string
  createdAt: string
  file: string | null
  /** The SHA-256 recorded when the document was signed. */
  recordedSha256: string
  /** SHA-256 of the bytes in this ZIP: equal to recordedSha256 unless the stored file changed. */
  sha256: string | null
}

export type ReportJson = {
  format: string
  version: string
  incidentId: number
  reference: string
  occurredAt: string
  reportedAt: string
  place: { business: string; address: string; spot: string | null }
  type: KeyLabel
  summary: string | null
  description: string | null
  values: { lostGbp: number | null; recoveredGbp: number | null }
  police: {
    called: boolean
    crimeNumber: string | null
    outcome: KeyLabel | null
    notes: string | null
  }
  profiles: ExportProfile[]
  unknownPersonDescription: string | null
  anonymised: boolean
  evidence: ExportEvidence[]
  signedDocuments: ExportSignedDocument[]
  /** The report's conversation, oldest first; authors are roles, never names. Added in 1.0 as optional. */
  conversation: ExportMessage[]
}

export type ExportMessage = {
  id: number
  kind: 'question' | 'cctv-request' | 'reply'
  author: 'police' | 'scheme' | 'reporter' | 'business-manager' | null
  sentAt: string
  body: string
  cctv: { from: string | null; to: string | null; place: string | null } | null
  evidence: ExportEvidence[]
}

export type ManifestFile = { path: string; bytes: number; sha256: string; mediaType: string }

export type Manifest = {
  format: string
  version: string
  exportId: string
  generatedAt: string
  exporter: string
  scheme: string
  profile: { id: number; displayName: string } | null
  incidents: { id: number; reference: string; report: string }[]
  files: ManifestFile[]
}
