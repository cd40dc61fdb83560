import type { PdfBranding } from '@/lib/pdf/createPdfWriter'

/** What an evidence pack holds: gathered under the viewer's access, then printed as it is. */

export type PackImage = {
  evidenceId: number
  filename: string
  kind: string
  caption: string | null
  uploadedAt: string
  /** SHA-256 of the file as the member sent it, recorded at upload (collections/Evidence). */
  originalSha256: string | null
  /** SHA-256 of the re-encoded file the scheme stores now, computed when the pack is made. */
  storedSha256: string
  /** The stored image converted to JPEG for embedding (PDF cannot hold WebP). */
  jpeg: Uint8Array
}

export type ReporterContact = {
  name: string
  email: string
  phone: string | null
  business: string | null
}

export type PackIncident = {
  id: number
  reference: string
  type: string
  occurredAt: string
  reportedAt: string
  businessName: string
  businessAddress: string
  spot: string | null
  summary: string | null
  description: string | null
  valueLost: number | null
  valueRecovered: number | null
  policeCalled: boolean
  offenders: string[]
  unknownPersonDescription: string | null
  crimeReference: string | null
  outcome: string | null
  policeNotes: string | null
  anonymised: boolean
  /** Null when the report has no reporter on record (entered by staff, or anonymised). */
  reporter: ReporterContact | null
  images: PackImage[]
  /** Signed witness statements (collections/WitnessStatements), printed in full at the end. */
  statements?: PackStatement[]
  /** The report's conversation (collections/ReportMessages), oldest first. */
  messages?: PackMessage[]
}

export type PackMessage = {
  id: number
  /** "Question from Police", "Reply from Reporter": by role, never a name. */
  heading: string
  sentAt: string
  body: string
  cctv: { from: string | null; to: string | null; place: string | null } | null
  images: PackImage[]
}

export type PackStatement = {
  id: number
  witnessName: string
  signedAt: string
  /** SHA-256 recorded when the statement was signed (collections/SignedDocuments). */
  sha256: string
  /** Whether the stored file still has that fingerprint. */
  matchesStored: boolean
  pdf: Uint8Array
}

export type PackOffender = {
  id: number
  displayName: string
  aliases: string[]
  exclusion: string | null
}

export type EvidencePack = {
  /** The scheme's name and logo, as its settings stood when the pack was made. */
  branding: PdfBranding
  packId: string
  generatedAt: Date
  generatedBy: string
  offender: PackOffender | null
  incidents: PackIncident[]
}
