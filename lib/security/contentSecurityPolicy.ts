import { isDevelopment } from '@/lib/env/isDevelopment'
import type { RouteKind } from './routeKindOf'

/**
 * The Content-Security-Policy for one response (docs/security.md, "Content Security Policy").
 * - dynamic pages: `'nonce-…' 'strict-dynamic'`. Next puts the nonce on every script it renders (it reads
 *   this header from the request), so no inline script without it runs, and no script from another origin.
 * - public pages are prerendered once for everyone and kept (ISR), so they cannot carry a per-request nonce.
 *   This policy allows their inline scripts; the page cache adds a second policy to each stored page that
 *   allows only the hashes of that page's own inline scripts (lib/cache/pageCacheHandler.mjs), and browsers
 *   enforce both.
 * - API responses and files: nothing may run at all.
 * Styles allow 'unsafe-inline' everywhere: React style attributes and Payload's admin depend on it.
 */
export const contentSecurityPolicy = (
  kind: RouteKind,
  options: { nonce?: string; https: boolean },
): string => {
  if (kind === 'api') return "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
  const evalInDev = isDevelopment() ? " 'unsafe-eval'" : ''
  const scripts =
    kind === 'dynamic' && options.nonce
      ? `'self' 'nonce-${options.nonce}' 'strict-dynamic'${evalInDev}`
      : `'self' 'unsafe-inline'${evalInDev}`
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self' data:",
    `connect-src 'self'${isDevelopment() ? ' ws:' : ''}`,
    "media-src 'self' blob:",
    "worker-src 'self' blob:",
    // The admin's live preview frames the public campaign page (same origin).
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // Nothing frames the members' area or the admin; the public pages only the admin's live preview.
    `frame-ancestors ${kind === 'public' ? "'self'" : "'none'"}`,
    ...(options.https ? ['upgrade-insecure-requests'] : []),
  ].join('; ')
}
