import { createPdfWriter } from '@/lib/pdf/createPdfWriter'

/** A small fictional library document (scheme rules, agreement, guide) as PDF bytes, for the demo and tests. */
export const libraryPdf = async (title: string, paragraphs: string[]): Promise<Buffer> => {
  const writer = await createPdfWriter(title, { schemeName: 'NTARS demo scheme', logoPng: null })
  writer.heading(title, 16)
  for (const text of paragraphs) writer.paragraph(text)
  return Buffer.from(await writer.save(`${title} · fictional demo document`))
}
