import type { StaticHandler } from '@payloadcms/plugin-cloud-storage/types'
import type { CollectionConfig } from 'payload'
import type { UTApi } from 'uploadthing/server'
import { describeError } from './describeError'
import { errorResponse } from './errorResponse'
import { fileResponseHeaders } from './fileResponseHeaders'
import { findFileDoc } from './findFileDoc'
import { findStoredFile } from './findStoredFile'

/**
 * Serves a file for Payload's access-checked route (`/api/<collection>/file/<filename>`), which has already
 * decided the caller may read it. The file is fetched from UploadThing server-side with a short-lived signed
 * URL and streamed back; the browser never sees an UploadThing URL (no redirect), so a private file cannot be
 * read, shared or cached outside Payload's access check. A `Range` request is passed through.
 */
export const createStaticHandler =
  ({
    collection,
    getUTApi,
    signedUrlTtlSeconds,
  }: {
    collection: CollectionConfig
    getUTApi: () => UTApi
    signedUrlTtlSeconds: number
  }): StaticHandler =>
  async (req, { doc, headers: incoming, params: { filename } }) => {
    const context = { collection: collection.slug, filename }
    const stored = findStoredFile(doc ?? (await findFileDoc({ collection, filename, req })), filename)
    if (!stored?.key) {
      if (stored) req.payload.logger.warn({ msg: 'No UploadThing key for this file', ...context })
      return errorResponse({ collection, message: 'Not Found', req, status: 404 })
    }
    const key = stored.key

    let upstream: Response
    try {
      const { ufsUrl } = await getUTApi().generateSignedURL(key, { expiresIn: signedUrlTtlSeconds })
      const range = req.headers.get('range')
      upstream = await fetch(ufsUrl, { cache: 'no-store', headers: range ? { range } : {} })
    } catch (error) {
      req.payload.logger.error({
        msg: 'UploadThing download failed',
        ...context,
        key,
        error: describeError(error),
      })
      return errorResponse({ collection, message: 'The file store did not answer.', req, status: 502 })
    }

    if (upstream.status === 404) {
      await upstream.body?.cancel()
      req.payload.logger.warn({ msg: 'File missing on UploadThing', ...context, key })
      return errorResponse({ collection, message: 'Not Found', req, status: 404 })
    }
    if (upstream.status === 416) {
      await upstream.body?.cancel()
      const headers = fileResponseHeaders({
        collection,
        contentType: 'text/plain',
        incoming,
        req,
        upstream: upstream.headers,
      })
      return new Response(null, { headers, status: 416 })
    }
    if (!upstream.ok) {
      await upstream.body?.cancel()
      req.payload.logger.error({
        msg: 'UploadThing download failed',
        ...context,
        key,
        status: upstream.status,
      })
      return errorResponse({ collection, message: 'The file store did not answer.', req, status: 502 })
    }

    const contentType = stored.mimeType || upstream.headers.get('content-type') || 'application/octet-stream'
    const headers = fileResponseHeaders({
      collection,
      contentType,
      incoming,
      req,
      upstream: upstream.headers,
    })
    return new Response(upstream.body, { headers, status: upstream.status === 206 ? 206 : 200 })
  }
