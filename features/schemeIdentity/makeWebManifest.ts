import type { SchemeSettingsRead } from '@/lib/settings/readSchemeSettings'
import { webManifestOf } from './webManifestOf'

/** `/site.webmanifest` as served: the manifest's JSON with its registered media type. */
export const makeWebManifest = async (settings: SchemeSettingsRead, version: string) => ({
  body: new TextEncoder().encode(JSON.stringify(webManifestOf(settings, version))) as Uint8Array<ArrayBuffer>,
  contentType: 'application/manifest+json',
})
