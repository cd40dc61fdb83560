import type { PdfBranding } from '@/lib/pdf/createPdfWriter'

/** The person a notice is given to, as printed: a real name, or a description when the name is not known. */
export type NoticeSubject = {
  profileId: number
  name: string | null
  description: string[]
  photoJpeg: Uint8Array | null
}

/** How the notice was served, for the served copy. */
export type NoticeServicePrint = {
  servedAt: string
  servedByName: string
  place: string
  signature: 'signed' | 'refused'
  /** The drawn signature (PNG), present only while the service is being recorded. */
  signaturePng: Uint8Array | null
}

/** Everything a notice PDF prints, gathered with the reader's access (gatherNotice). */
export type NoticeDocument = {
  id: number
  stage: 'warning' | 'exclusion'
  startsAt: string
  endsAt: string | null
  appealFrom: string | null
  zone: string
  subject: NoticeSubject
  scheme: PdfBranding & {
    fullName: string
    brandColour: string
    onBrand: string
    zoneMapJpeg: Uint8Array | null
    terms: string
    appealHowTo: string
    dataProtectionNotice: string
    contact: string[]
  }
  service: NoticeServicePrint | null
}
