import { PDFDocument } from 'pdf-lib'

/** A one-page PDF for fixtures that need a stored file (signed documents). */
export const tinyPdf = async () => {
  const pdf = await PDFDocument.create()
  pdf.addPage([200, 200])
  return Buffer.from(await pdf.save())
}
