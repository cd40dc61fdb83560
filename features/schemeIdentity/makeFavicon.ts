import 'server-only'
import type { Payload } from 'payload'
import { icoFromPngs } from '@/lib/images/icoFromPngs'
import type { SchemeSettingsRead } from '@/lib/settings/readSchemeSettings'
import { faviconSizes } from './iconSizes'
import { readIconSource } from './readIconSource'
import { renderIconPng } from './renderIconPng'

/** `/favicon.ico`: 16, 32 and 48 px in one file, from the scheme's icon, logo or the built-in shield. */
export const makeFavicon = async (payload: Payload, settings: SchemeSettingsRead) => {
  const source = await readIconSource(payload, settings)
  const images = await Promise.all(
    faviconSizes.map(async (size) => ({ size, png: await renderIconPng(source, size) })),
  )
  return { body: new Uint8Array(icoFromPngs(images)), contentType: 'image/x-icon' }
}
