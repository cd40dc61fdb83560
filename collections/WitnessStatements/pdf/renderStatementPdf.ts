import { PDFDocument, StandardFonts } from 'pdf-lib'
import { formatLongDate } from '@/lib/format/formatLongDate'
import { createPdfWriter, type PdfBranding } from '@/lib/pdf/createPdfWriter'
import { mg11Authority, mg11Declaration, mg11Heading } from './mg11Text'

export type StatementForPdf = {
  statementId: number
  incidentId: number
  /** The police crime reference: the URN on the form. */
  urn: string | null
  witnessName: string
  over18: boolean
  occupation: string
  body: string
  signedAt: string
  /** The checked, re-encoded PNG from lib/images/signatureImage.ts. */
  signaturePng: Uint8Array
}

export type RenderedStatement = { bytes: Uint8Array; printed: string[]; pages: number }

const print = async (statement: StatementForPdf, branding: PdfBranding, pages: number) => {
  const pdf = await createPdfWriter(`Witness statement ${statement.statementId}`, branding)
  await pdf.logo()
  pdf.heading(mg11Heading, 16)
  pdf.paragraph(mg11Authority, 8)
  pdf.field('URN', statement.urn || 'Not yet given')
  pdf.field('Statement of', statement.witnessName)
  pdf.field('Age if under 18', statement.over18 ? 'Over 18' : 'Under 18')
  pdf.field('Occupation', statement.occupation)
  pdf.gap(4)
  pdf.paragraph(mg11Declaration(pages), 9)
  pdf.field('Signature', '')
  await pdf.image(statement.signaturePng, 'png', 40)
  pdf.field('Date', formatLongDate(statement.signedAt))
  pdf.gap(8)
  pdf.paragraph(statement.body)
  const bytes = await pdf.save(
    `${branding.schemeName} witness statement ${statement.statementId}, report ${statement.incidentId}. ` +
      `Signed electronically on ${formatLongDate(statement.signedAt)}.`,
  )
  return { bytes, printed: pdf.printed }
}

/** "Signature: … Signature witnessed by: …" at the foot of every page, above the writer's footer line. */
const signEveryPage = async (bytes: Uint8Array, signaturePng: Uint8Array) => {
  const doc = await PDFDocument.load(bytes)
  const font = await doc.embedFont(StandardFonts.Helvetica)
  const signature = await doc.embedPng(signaturePng)
  const scale = Math.min(150 / signature.width, 24 / signature.height)
  for (const page of doc.getPages()) {
    page.drawText('Signature:', { x: 50, y: 70, size: 9, font })
    page.drawImage(signature, {
      x: 100,
      y: 62,
      width: signature.width * scale,
      height: signature.height * scale,
    })
    page.drawText('Signature witnessed by:', { x: 330, y: 70, size: 9, font })
  }
  return { bytes: await doc.save({ useObjectStreams: false }), pages: doc.getPageCount() }
}

/**
 * A signed statement in the MG11 layout: the form's header (URN, name, age, occupation, the declaration with
 * its page count, signature and date), then the statement in the witness's words, the signature on every
 * page. The declaration names the page count, so the statement is printed until the count it states is the
 * count it has (a longer number can push a line onto a new page).
 */
export const renderStatementPdf = async (
  statement: StatementForPdf,
  branding: PdfBranding,
): Promise<RenderedStatement> => {
  const once = async (pages: number) => {
    const { bytes, printed } = await print(statement, branding, pages)
    const signed = await signEveryPage(bytes, statement.signaturePng)
    const footers = Array.from({ length: signed.pages }, () => 'Signature: Signature witnessed by:')
    return { bytes: signed.bytes, printed: [...printed, ...footers], pages: signed.pages, stated: pages }
  }
  let rendered = await once(1)
  for (let retry = 0; retry < 2 && rendered.pages !== rendered.stated; retry++)
    rendered = await once(rendered.pages)
  return { bytes: rendered.bytes, printed: rendered.printed, pages: rendered.pages }
}
