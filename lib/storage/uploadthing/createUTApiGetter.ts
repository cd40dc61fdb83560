import { UTApi } from 'uploadthing/server'
import type { UTApiOptions } from 'uploadthing/types'
import { fetchWithoutContentLength } from './fetchWithoutContentLength'
import type { UploadthingEndpoints } from './types'

/**
 * Builds the UTApi on first use, not at config time: with no token the plugin still asks the adapter for its
 * fields (so the schema is the same with and without UploadThing) and must not need a client for that.
 * Endpoint overrides are passed only when set, so UTApi's own `UPLOADTHING_*` environment fallbacks still work.
 */
export const createUTApiGetter = (token: string, endpoints: UploadthingEndpoints = {}): (() => UTApi) => {
  let utapi: UTApi | undefined
  return () => {
    if (utapi) return utapi
    const { apiUrl, ingestUrl, ufsHost, ufsAppIdLocation } = endpoints
    const options: UTApiOptions = {
      token,
      fetch: fetchWithoutContentLength,
      // Our own logs carry the context (collection, filename, key); UTApi's would repeat it with signed URLs.
      logLevel: 'Fatal',
    }
    if (apiUrl) options.apiUrl = apiUrl
    if (ingestUrl) options.ingestUrl = ingestUrl
    if (ufsHost) options.ufsHost = ufsHost
    if (ufsAppIdLocation) options.ufsAppIdLocation = ufsAppIdLocation
    utapi = new UTApi(options)
    return utapi
  }
}
