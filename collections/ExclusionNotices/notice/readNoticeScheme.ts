import type { Payload, PayloadRequest } from 'payload'
import sharp from 'sharp'
import { brandColoursOf } from '@/lib/brand/brandColoursOf'
import { readSchemeImageBytes } from '@/lib/settings/readSchemeImageBytes'
import { readSchemeSettings } from '@/lib/settings/readSchemeSettings'
import { schemeImageOf } from '@/lib/settings/schemeImageOf'
import { printableJpeg } from './printableJpeg'
import type { NoticeDocument } from './types'

/**
 * The scheme's side of a notice from its settings: name, logo (PNG for the PDF, transparency kept), brand
 * colour, the map of the area, and the wording of the terms, the appeal and the privacy notice.
 */
export const readNoticeScheme = async (
  payload: Payload,
  req: PayloadRequest,
): Promise<NoticeDocument['scheme'] & { zoneDescription: string }> => {
  const settings = await readSchemeSettings(payload, req)
  const logo = schemeImageOf(settings.logo)
  const logoBytes = logo ? await readSchemeImageBytes(payload, logo) : null
  const map = schemeImageOf(settings.exclusions?.zoneMap)
  const mapBytes = map ? await readSchemeImageBytes(payload, map) : null
  const colours = brandColoursOf(settings.brandColour)
  const contact = settings.contact ?? {}
  return {
    schemeName: settings.schemeName,
    fullName: settings.schemeFullName || settings.schemeName,
    logoPng: logoBytes
      ? new Uint8Array(
          await sharp(logoBytes).resize({ height: 200, withoutEnlargement: true }).png().toBuffer(),
        )
      : null,
    brandColour: colours.brand,
    onBrand: colours.onBrand,
    zoneMapJpeg: mapBytes ? await printableJpeg(mapBytes) : null,
    zoneDescription: settings.exclusions?.zoneDescription ?? '',
    terms: settings.exclusions?.noticeTerms ?? '',
    appealHowTo: settings.exclusions?.appealHowTo ?? '',
    dataProtectionNotice: settings.exclusions?.dataProtectionNotice ?? '',
    contact: [contact.address, contact.email, contact.phone].filter((line): line is string => Boolean(line)),
  }
}
