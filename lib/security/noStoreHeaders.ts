import { privateHeaders } from './privateHeaders'

/** Payload's `modifyResponseHeaders` for private files: they must never sit in a browser, proxy or CDN cache. */
export const noStoreHeaders = ({ headers }: { headers: Headers }): Headers => {
  for (const [name, value] of Object.entries(privateHeaders)) headers.set(name, value)
  return headers
}
