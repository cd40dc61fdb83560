import 'server-only'
import type { Payload } from 'payload'
import { getPayloadClient } from '@/lib/database/getPayloadClient'
import { readSchemeSettings, type SchemeSettingsRead } from '@/lib/settings/readSchemeSettings'
import { iconVersionOf } from './iconVersionOf'

type Asset = { body: Uint8Array<ArrayBuffer>; contentType: string }

/** Made assets by name and settings version: a version never changes its bytes, so they keep. */
const made = new Map<string, Asset>()
const maxKept = 32

/** A year, for an address that names the settings version it was made from; an hour for any other. */
const versioned = 'public, max-age=31536000, immutable'
const unversioned = 'public, max-age=3600'

/**
 * Serves one asset made from the scheme's settings (favicon, app icon, manifest). Made once per settings
 * version and kept in memory. Cache-Control: a year when the address carries the current version
 * (`?v=`, as the pages link it), an hour otherwise (`/favicon.ico` as browsers ask for it on their own).
 * The ETag is the version, so a revalidation costs a 304.
 */
export const schemeAssetResponse = async (
  request: Request,
  name: string,
  make: (payload: Payload, settings: SchemeSettingsRead, version: string) => Promise<Asset>,
): Promise<Response> => {
  const payload = await getPayloadClient()
  const settings = await readSchemeSettings(payload)
  const version = iconVersionOf(settings)
  const etag = `"${name}-${version}"`
  const cacheControl = new URL(request.url).searchParams.get('v') === version ? versioned : unversioned
  if (request.headers.get('if-none-match') === etag) {
    return new Response(null, { status: 304, headers: { ETag: etag, 'Cache-Control': cacheControl } })
  }
  const key = `${name}:${version}`
  let asset = made.get(key)
  if (!asset) {
    asset = await make(payload, settings, version)
    if (made.size >= maxKept) made.clear()
    made.set(key, asset)
  }
  return new Response(asset.body, {
    headers: { 'Content-Type': asset.contentType, 'Cache-Control': cacheControl, ETag: etag },
  })
}
