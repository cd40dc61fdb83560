/** Headers for private responses (files, exports, personal data): never kept by a browser, proxy or CDN cache. */
export const privateHeaders = {
  'Cache-Control': 'private, no-store, max-age=0',
  'X-Content-Type-Options': 'nosniff',
} as const
