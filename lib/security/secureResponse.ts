import { type NextRequest, NextResponse } from 'next/server'
import { contentSecurityPolicy } from './contentSecurityPolicy'
import { permissionsPolicy } from './permissionsPolicy'
import { routeKindOf } from './routeKindOf'
import { siteIsHttps } from './siteIsHttps'

/**
 * The per-route security headers, for the proxy (docs/security.md). A fresh nonce per request for the
 * dynamic pages, passed to Next on the request's own CSP header (Next reads it there and puts it on its
 * scripts). Headers that are the same everywhere (nosniff, Referrer-Policy, HSTS) are in next.config.mjs.
 */
export const secureResponse = (request: NextRequest, forward: Record<string, string> = {}): NextResponse => {
  const { pathname } = request.nextUrl
  const kind = routeKindOf(pathname)
  const nonce = kind === 'dynamic' ? Buffer.from(crypto.randomUUID()).toString('base64') : undefined
  const csp = contentSecurityPolicy(kind, { nonce, https: siteIsHttps() })
  const requestHeaders = new Headers(request.headers)
  // Headers the proxy adds for the route, such as the request id (proxy.ts).
  for (const [name, value] of Object.entries(forward)) requestHeaders.set(name, value)
  if (nonce) {
    requestHeaders.set('x-nonce', nonce)
    requestHeaders.set('content-security-policy', csp)
  }
  const response = NextResponse.next({ request: { headers: requestHeaders } })
  response.headers.set('Content-Security-Policy', csp)
  response.headers.set('Permissions-Policy', permissionsPolicy(pathname))
  response.headers.set('X-Frame-Options', kind === 'public' ? 'SAMEORIGIN' : 'DENY')
  // Personal data is never kept by browsers or shared caches: members' pages, the admin, the API, files.
  if (kind !== 'public') response.headers.set('Cache-Control', 'no-store')
  return response
}
