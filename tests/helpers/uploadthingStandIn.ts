import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A local stand-in for the parts of UploadThing's HTTP API that `UTApi` (uploadthing v7) calls, for tests:
 * nothing on this machine can reach the real service. Files live in memory.
 *
 * - `PUT  <ingestUrl>/<key>?…&signature=…`  upload (multipart field `file`), URL signed with the API key
 * - `POST <apiUrl>/v6/deleteFiles`           `{ fileKeys }`, header `x-uploadthing-api-key`
 * - `POST <apiUrl>/v6/requestFileAccess`     `{ fileKey }` → `{ url, ufsUrl }` (UTApi.getSignedURL)
 * - `GET  http://<ufsHost>/a/<appId>/<key>`   download; a private file needs a valid, unexpired signature
 *   (UTApi.generateSignedURL signs locally, so it makes no request of its own)
 *
 * Point UTApi at it with `token` plus `endpoints` (adapter options) or `env` (UTApi reads `UPLOADTHING_*`).
 */

export interface StandInFile {
  key: string
  name: string
  type: string
  acl: string
  bytes: Buffer
}

export interface UploadthingStandIn {
  /** A v7 token (base64 JSON) whose API key the stand-in checks. */
  token: string
  apiKey: string
  appId: string
  /** For `uploadthingAdapter`/`uploadthingStorage` options (or `new UTApi({ token, ...endpoints })`). */
  endpoints: { apiUrl: string; ingestUrl: string; ufsHost: string; ufsAppIdLocation: 'path' }
  /** The same as environment variables, for an app started in another process. */
  env: Record<string, string>
  /** Stored files by key. */
  files: Map<string, StandInFile>
  /** Every request seen, for assertions (`GET /a/<appId>/<key>`, …). */
  requests: Array<{ method: string; path: string }>
  /** Answer every request with this status (e.g. 500) until called with `null`. */
  failWith: (status: number | null) => void
  /** The download URL of a file without a signature: a private file must refuse it. */
  unsignedUrl: (key: string) => string
  close: () => Promise<void>
}

const sendJson = (res: ServerResponse, status: number, body: unknown): void => {
  res.writeHead(status, { 'content-type': 'application/json' })
  res.end(JSON.stringify(body))
}

const readBody = async (req: IncomingMessage): Promise<Buffer> => {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk))
  return Buffer.concat(chunks)
}

/**
 * UploadThing's signature: `hmac-sha256=` + hex HMAC-SHA256(apiKey, the full URL up to `&signature=`), with
 * `signature` the last parameter and `expires` (ms since epoch) in the future.
 */
const hasValidSignature = (req: IncomingMessage, apiKey: string): boolean => {
  const full = `http://${req.headers.host}${req.url}`
  const at = full.lastIndexOf('&signature=')
  if (at < 0) return false
  const url = new URL(full)
  const expires = Number(url.searchParams.get('expires'))
  if (!Number.isFinite(expires) || expires < Date.now()) return false
  const given = Buffer.from(url.searchParams.get('signature') ?? '')
  const expected = Buffer.from(
    `hmac-sha256=${createHmac('sha256', apiKey).update(full.slice(0, at)).digest('hex')}`,
  )
  return given.length === expected.length && timingSafeEqual(given, expected)
}

/** UTApi encodes each `x-ut-*` value once before URLSearchParams encodes it again. */
const utParam = (url: URL, name: string): string => decodeURIComponent(url.searchParams.get(name) ?? '')

/** A single `bytes=a-b` range, or null for the whole file; 'invalid' when it cannot be satisfied. */
const parseRange = (
  header: string | undefined,
  size: number,
): { start: number; end: number } | null | 'invalid' => {
  if (!header) return null
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim())
  if (!match || (match[1] === '' && match[2] === '')) return 'invalid'
  const start = match[1] === '' ? Math.max(0, size - Number(match[2])) : Number(match[1])
  const end = match[1] === '' || match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1)
  return start > end || start >= size ? 'invalid' : { start, end }
}

export const startUploadthingStandIn = async (): Promise<UploadthingStandIn> => {
  const apiKey = `sk_test_${randomBytes(16).toString('hex')}`
  const appId = 'ntarsstandin'
  const token = Buffer.from(JSON.stringify({ apiKey, appId, regions: ['local'] })).toString('base64')
  const files = new Map<string, StandInFile>()
  const requests: UploadthingStandIn['requests'] = []
  let failing: number | null = null
  let port = 0
  // "localhost" rather than 127.0.0.1: UTApi builds download URLs with http only for a host containing "local".
  const ufsHost = () => `localhost:${port}`
  const downloadUrl = (key: string) => `http://${ufsHost()}/a/${appId}/${key}`

  const signedDownloadUrl = (key: string, ttlSeconds: number) => {
    const url = new URL(downloadUrl(key))
    url.searchParams.append('expires', String(Date.now() + ttlSeconds * 1000))
    const signature = createHmac('sha256', apiKey).update(url.toString()).digest('hex')
    url.searchParams.append('signature', `hmac-sha256=${signature}`)
    return url.href
  }

  const upload = async (req: IncomingMessage, res: ServerResponse, key: string) => {
    const url = new URL(`http://${req.headers.host}${req.url}`)
    if (!hasValidSignature(req, apiKey) || utParam(url, 'x-ut-identifier') !== appId) {
      return sendJson(res, 403, { error: 'Invalid signature' })
    }
    const body = await readBody(req)
    const form = await new Response(new Uint8Array(body), {
      headers: { 'content-type': req.headers['content-type'] ?? '' },
    }).formData()
    const file = form.get('file')
    if (!(file instanceof Blob)) return sendJson(res, 400, { error: 'No file' })
    const bytes = Buffer.from(await file.arrayBuffer())
    files.set(key, {
      key,
      name: utParam(url, 'x-ut-file-name'),
      type: utParam(url, 'x-ut-file-type') || file.type,
      acl: utParam(url, 'x-ut-acl') || 'public-read',
      bytes,
    })
    const fileUrl = downloadUrl(key)
    sendJson(res, 200, {
      url: fileUrl,
      appUrl: fileUrl,
      ufsUrl: fileUrl,
      fileHash: createHash('md5').update(bytes).digest('hex'),
    })
  }

  const api = async (req: IncomingMessage, res: ServerResponse, path: string) => {
    if (req.headers['x-uploadthing-api-key'] !== apiKey)
      return sendJson(res, 401, { error: 'Invalid API key' })
    const body: { fileKeys?: string[]; fileKey?: string; expiresIn?: number } = JSON.parse(
      (await readBody(req)).toString('utf8') || '{}',
    )
    if (path === '/v6/deleteFiles') {
      const deleted = (body.fileKeys ?? []).filter((key) => files.delete(key))
      return sendJson(res, 200, { success: true, deletedCount: deleted.length })
    }
    if (path === '/v6/requestFileAccess' && body.fileKey) {
      const url = signedDownloadUrl(body.fileKey, body.expiresIn ?? 3600)
      return sendJson(res, 200, { url, ufsUrl: url })
    }
    sendJson(res, 404, { error: 'Not found' })
  }

  const download = (req: IncomingMessage, res: ServerResponse, key: string) => {
    const file = files.get(key)
    if (!file) return sendJson(res, 404, { error: 'Not found' })
    if (file.acl === 'private' && !hasValidSignature(req, apiKey))
      return sendJson(res, 403, { error: 'Forbidden' })
    // Like the real CDN: long public caching, which the adapter must not pass on for private files.
    const headers = { 'content-type': file.type, 'cache-control': 'public, max-age=31536000, immutable' }
    const range = parseRange(req.headers.range, file.bytes.length)
    if (range === 'invalid') {
      res.writeHead(416, { ...headers, 'content-range': `bytes */${file.bytes.length}` })
      return res.end()
    }
    if (range) {
      res.writeHead(206, {
        ...headers,
        'content-length': range.end - range.start + 1,
        'content-range': `bytes ${range.start}-${range.end}/${file.bytes.length}`,
      })
      return res.end(file.bytes.subarray(range.start, range.end + 1))
    }
    res.writeHead(200, { ...headers, 'content-length': file.bytes.length })
    res.end(file.bytes)
  }

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://stand-in').pathname
    requests.push({ method: req.method ?? '', path })
    if (failing !== null) {
      req.resume()
      return sendJson(res, failing, { error: 'Stand-in told to fail' })
    }
    const segments = path.split('/').filter(Boolean)
    const handle = async () => {
      if (req.method === 'PUT' && segments.length === 1) return upload(req, res, segments[0])
      if (req.method === 'POST' && path.startsWith('/v6/')) return api(req, res, path)
      if (req.method === 'GET' && segments.length === 3 && segments[0] === 'a' && segments[1] === appId) {
        return download(req, res, segments[2])
      }
      sendJson(res, 404, { error: 'Not found' })
    }
    handle().catch((error: unknown) => sendJson(res, 500, { error: String(error) }))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port

  const endpoints = {
    apiUrl: `http://127.0.0.1:${port}`,
    ingestUrl: `http://127.0.0.1:${port}`,
    ufsHost: ufsHost(),
    ufsAppIdLocation: 'path' as const,
  }
  return {
    token,
    apiKey,
    appId,
    endpoints,
    env: {
      UPLOADTHING_TOKEN: token,
      UPLOADTHING_API_URL: endpoints.apiUrl,
      UPLOADTHING_INGEST_URL: endpoints.ingestUrl,
      UPLOADTHING_UFS_HOST: endpoints.ufsHost,
      UPLOADTHING_UFS_APP_ID_LOCATION: endpoints.ufsAppIdLocation,
    },
    files,
    requests,
    failWith: (status) => {
      failing = status
    },
    unsignedUrl: downloadUrl,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}
