import type { GenerateURL } from '@payloadcms/plugin-cloud-storage/types'

/**
 * The app's own access-checked file route, `/api/<collection>/file/<filename>`, encoded the way Payload
 * encodes it. Never an UploadThing URL: files are private and a CDN link would bypass Payload's access check.
 */
export const createGenerateFileRouteURL =
  (apiRoute = '/api'): GenerateURL =>
  ({ collection, filename }) =>
    `${apiRoute.replace(/\/$/, '')}/${collection.slug}/file/${encodeURIComponent(filename)}`
