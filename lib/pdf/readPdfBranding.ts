import type { Payload } from 'payload'
import sharp from 'sharp'
import { readSchemeImageBytes } from '@/lib/settings/readSchemeImageBytes'
import type { SchemeSettingsRead } from '@/lib/settings/readSchemeSettings'
import { schemeImageOf } from '@/lib/settings/schemeImageOf'
import type { PdfBranding } from './createPdfWriter'

/**
 * The scheme's name and logo for a PDF. The logo is stored as WebP (the media collection re-encodes
 * uploads), which PDF cannot hold, so it is converted to a PNG of print size here, transparency kept.
 */
export const readPdfBranding = async (
  payload: Payload,
  settings: SchemeSettingsRead,
): Promise<PdfBranding> => {
  const logo = schemeImageOf(settings.logo)
  const bytes = logo ? await readSchemeImageBytes(payload, logo) : null
  const logoPng = bytes
    ? new Uint8Array(await sharp(bytes).resize({ height: 200, withoutEnlargement: true }).png().toBuffer())
    : null
  return { schemeName: settings.schemeName, logoPng }
}
