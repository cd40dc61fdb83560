import { isRecord } from './isRecord'

export interface UploadthingTokenParts {
  apiKey: string
  appId: string
  regions: string[]
  ingestHost?: string
}

/**
 * Reads a v7 UploadThing token: base64 of `{"apiKey":"sk_…","appId":"…","regions":["…"],"ingestHost"?:"…"}`.
 * Used at start-up so a malformed token stops the app with a clear message instead of failing the first
 * upload. The message never contains the token or any part of it.
 */
export const parseUploadthingToken = (token: string): UploadthingTokenParts => {
  const invalid = new Error(
    'UPLOADTHING_TOKEN is not a valid UploadThing v7 token (base64 JSON with apiKey, appId and regions). ' +
      'Copy it again from the UploadThing dashboard (API Keys, V7 tab).',
  )
  let parsed: unknown
  try {
    parsed = JSON.parse(Buffer.from(token.trim(), 'base64').toString('utf8'))
  } catch {
    throw invalid
  }
  if (!isRecord(parsed)) throw invalid
  const { apiKey, appId, regions, ingestHost } = parsed
  if (typeof apiKey !== 'string' || !apiKey.startsWith('sk_')) throw invalid
  if (typeof appId !== 'string' || appId.length === 0) throw invalid
  if (!Array.isArray(regions) || regions.length === 0 || !regions.every((r) => typeof r === 'string')) {
    throw invalid
  }
  if (ingestHost !== undefined && typeof ingestHost !== 'string') throw invalid
  return { apiKey, appId, regions, ...(ingestHost ? { ingestHost } : {}) }
}
