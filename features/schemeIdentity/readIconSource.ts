import 'server-only'
import type { Payload } from 'payload'
import { readSchemeImageBytes } from '@/lib/settings/readSchemeImageBytes'
import type { SchemeSettingsRead } from '@/lib/settings/readSchemeSettings'
import { schemeImageOf } from '@/lib/settings/schemeImageOf'
import { fallbackIconSvg } from './fallbackIconSvg'

/**
 * The image every icon is cut from: the uploaded icon, else the logo, else the built-in shield (also when a
 * stored file cannot be read, so a broken upload never leaves the site without a favicon).
 */
export const readIconSource = async (payload: Payload, settings: SchemeSettingsRead): Promise<Buffer> => {
  for (const image of [schemeImageOf(settings.icon), schemeImageOf(settings.logo)]) {
    const bytes = image ? await readSchemeImageBytes(payload, image) : null
    if (bytes) return bytes
  }
  return Buffer.from(fallbackIconSvg(settings.brandColour))
}
