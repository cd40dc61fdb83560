import 'server-only'
import type { Payload } from 'payload'
import type { SchemeSettingsRead } from '@/lib/settings/readSchemeSettings'
import { type AppIconName, appIcons } from './iconSizes'
import { readIconSource } from './readIconSource'
import { renderIconPng } from './renderIconPng'

/** One of the PNG app icons (`/icons/icon-192.png`…), from the scheme's icon, logo or the built-in shield. */
export const makeAppIcon = async (payload: Payload, settings: SchemeSettingsRead, name: AppIconName) => {
  const { size, opaque, inner }: { size: number; opaque: boolean; inner?: number } = appIcons[name]
  const png = await renderIconPng(await readIconSource(payload, settings), size, opaque, inner)
  return { body: new Uint8Array(png), contentType: 'image/png' }
}
