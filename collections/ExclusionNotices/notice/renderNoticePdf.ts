import { formatLongDate } from '@/lib/format/formatLongDate'
import { formatWhen } from '@/lib/format/formatWhen'
import { createPdfWriter } from '@/lib/pdf/createPdfWriter'
import type { NoticeDocument } from './types'

export type RenderedNotice = { bytes: Uint8Array; printed: string[] }

const stageBands = {
  warning: { title: 'WARNING NOTICE (yellow)', background: '#facc15', text: '#000000' },
  exclusion: { title: 'EXCLUSION NOTICE (red)', background: '#b91c1c', text: '#ffffff' },
} as const

/**
 * The exclusion notice given to a person: the scheme's name, logo and colour, the stage in yellow or red,
 * who it is for (photo, name or description), the area and its map, the terms, the dates in UK time, how
 * to appeal and the privacy notice. A served notice adds who served it, when and where, and the
 * signature or "Refused to sign". Pure: everything it prints was gathered first (gatherNotice).
 */
export const renderNoticePdf = async (notice: NoticeDocument): Promise<RenderedNotice> => {
  const { scheme, subject } = notice
  const band = stageBands[notice.stage]
  const pdf = await createPdfWriter(`${scheme.schemeName} ${band.title.toLowerCase()} ${notice.id}`, scheme)
  await pdf.logo()
  pdf.band(scheme.fullName, { background: scheme.brandColour, text: scheme.onBrand }, 14)
  pdf.band(band.title, band, 18)
  pdf.field('Notice number', String(notice.id))

  pdf.heading('This notice is given to', 13)
  if (subject.photoJpeg) await pdf.image(subject.photoJpeg, 'jpeg', 180)
  pdf.field('Name', subject.name ?? 'Not known')
  if (!subject.name || subject.description.length) {
    pdf.heading('Description', 11)
    if (subject.description.length) for (const line of subject.description) pdf.paragraph(line)
    else pdf.paragraph('The person shown in the photograph above.')
  }

  pdf.heading('Dates (UK time)', 13)
  pdf.field('Starts', formatLongDate(notice.startsAt))
  pdf.field('Ends', notice.endsAt ? formatLongDate(notice.endsAt) : 'Until withdrawn or lifted on appeal')
  pdf.field('You may appeal from', notice.appealFrom ? formatLongDate(notice.appealFrom) : 'Any time')

  pdf.heading('The area', 13)
  pdf.paragraph(notice.zone || 'The premises of every member business of the scheme.')
  if (scheme.zoneMapJpeg) await pdf.image(scheme.zoneMapJpeg, 'jpeg', 320)

  pdf.heading('What this notice means', 13)
  pdf.paragraph(scheme.terms)

  pdf.heading('How to appeal', 13)
  pdf.paragraph(scheme.appealHowTo)
  if (scheme.contact.length) pdf.paragraph(`Contact: ${scheme.contact.join(', ')}`)

  pdf.heading('How we use your information', 13)
  pdf.paragraph(scheme.dataProtectionNotice, 9)

  if (notice.service) {
    const service = notice.service
    pdf.heading('Served', 13)
    pdf.field('Served by', service.servedByName)
    pdf.field('When', `${formatWhen(service.servedAt)} (UK time)`)
    pdf.field('Where', service.place)
    if (service.signature === 'refused') pdf.field('Signature', 'Refused to sign')
    else if (service.signaturePng) {
      pdf.paragraph('Signature of the person receiving this notice:')
      await pdf.image(service.signaturePng, 'png', 90)
    } else pdf.field('Signature', 'Signed on paper (no signature was drawn on screen)')
  }

  const bytes = await pdf.save(
    `${scheme.schemeName} ${band.title.toLowerCase()} ${notice.id}. Keep this notice.`,
  )
  return { bytes, printed: pdf.printed }
}
