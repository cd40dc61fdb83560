import { formatWhen } from '@/lib/format/formatWhen'
import type { PdfWriter } from '@/lib/pdf/createPdfWriter'
import type { PackMessage } from './types'

const ukTime = (iso: string) => `${formatWhen(iso)} (UK time)`

/** The report's conversation in the pack: each message by role and time, its words, CCTV window and photos. */
export const writePackMessages = async (pdf: PdfWriter, messages: readonly PackMessage[] = []) => {
  pdf.heading(`Conversation with the reporter (${messages.length})`, 11)
  if (!messages.length) pdf.paragraph('No messages you may see on this report.')
  for (const message of messages) {
    pdf.field(message.heading, ukTime(message.sentAt))
    if (message.cctv) {
      const window = [message.cctv.from, message.cctv.to].map((at) => (at ? ukTime(at) : 'not given'))
      pdf.field('CCTV wanted', `from ${window[0]} until ${window[1]}`)
      if (message.cctv.place) pdf.field('Camera or area', message.cctv.place)
    }
    pdf.paragraph(message.body)
    for (const image of message.images) {
      pdf.field('Evidence', `${image.evidenceId} (${image.kind}), uploaded ${ukTime(image.uploadedAt)}`)
      pdf.field('SHA-256 of the original upload', image.originalSha256 || 'not recorded')
      pdf.field('SHA-256 of the stored file', `${image.storedSha256} (${image.filename})`)
      await pdf.image(image.jpeg, 'jpeg', 280)
    }
  }
}
