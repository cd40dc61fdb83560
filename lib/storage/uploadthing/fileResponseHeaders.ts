import { type CollectionConfig, headersWithCors, type PayloadRequest } from 'payload'

// Payload's own value for files it serves with an XML type (it is not exported from `payload`).
const XML_CONTENT_SECURITY_POLICY = "script-src 'none'; frame-src 'none'; object-src 'none'"

/**
 * The headers Payload's local-disk file route would send, built fresh rather than copied from UploadThing:
 * the CDN's own caching headers (long `public` max-age) must never reach the browser for private files.
 * The collection's `modifyResponseHeaders` (evidence: `no-store`, `nosniff`) and CORS are applied as
 * Payload applies them, because a custom handler's response skips Payload's own header handling.
 */
export const fileResponseHeaders = ({
  collection,
  contentType,
  incoming,
  req,
  upstream,
}: {
  collection: CollectionConfig
  contentType: string
  incoming?: Headers
  req: PayloadRequest
  upstream?: Headers
}): Headers => {
  let headers = new Headers(incoming)
  headers.set('Content-Type', contentType)
  headers.set('Accept-Ranges', 'bytes')
  // fetch() has already decoded a compressed body, so the upstream length is only right when there was none.
  const length = upstream?.has('content-encoding') ? null : upstream?.get('content-length')
  if (length) headers.set('Content-Length', length)
  const range = upstream?.get('content-range')
  if (range) headers.set('Content-Range', range)
  if (/[/+]xml\b/i.test(contentType)) headers.set('Content-Security-Policy', XML_CONTENT_SECURITY_POLICY)
  const modify = typeof collection.upload === 'object' ? collection.upload.modifyResponseHeaders : undefined
  if (modify) headers = modify({ headers }) || headers
  return headersWithCors({ headers, req })
}
