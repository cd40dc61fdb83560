import { PDFDocument } from 'pdf-lib'
import { formatWhen } from '@/lib/format/formatWhen'
import type { PdfWriter } from '@/lib/pdf/createPdfWriter'
import type { EvidencePack, PackStatement } from './types'

/** The list of a report's signed witness statements in the pack: whose, when signed, and the fingerprint. */
export const listPackStatements = (pdf: PdfWriter, statements: readonly PackStatement[] = []) => {
  pdf.heading(`Signed witness statements (${statements.length})`, 11)
  if (!statements.length) pdf.paragraph('No signed witness statement you may see for this report.')
  for (const statement of statements) {
    pdf.field('Witness statement', `${statement.id}: ${statement.witnessName}`)
    pdf.field('Signed', `${formatWhen(statement.signedAt)} (UK time)`)
    pdf.field(
      'SHA-256 of the signed PDF',
      statement.matchesStored ? statement.sha256 : `${statement.sha256} (DOES NOT MATCH the stored file)`,
    )
    pdf.paragraph('Printed in full, as signed, at the end of this pack.', 9)
  }
}

/** Appends every signed statement's own pages, exactly as signed, after the pack's pages. */
export const appendStatementPages = async (bytes: Uint8Array, pack: EvidencePack): Promise<Uint8Array> => {
  const statements = pack.incidents.flatMap((incident) => incident.statements ?? [])
  if (!statements.length) return bytes
  const doc = await PDFDocument.load(bytes)
  for (const statement of statements) {
    const source = await PDFDocument.load(statement.pdf)
    const pages = await doc.copyPages(source, source.getPageIndices())
    for (const page of pages) doc.addPage(page)
  }
  return doc.save({ useObjectStreams: false })
}
