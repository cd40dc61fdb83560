/** Private files must never sit in a browser, proxy or CDN cache. */
export const noStoreHeaders = ({ headers }: { headers: Headers }): Headers => {
  headers.set('Cache-Control', 'private, no-store, max-age=0')
  headers.set('X-Content-Type-Options', 'nosniff')
  return headers
}
