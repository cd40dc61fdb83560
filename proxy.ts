import type { NextRequest } from 'next/server'
import { requestIdOf } from '@/lib/log/requestIdOf'
import { isMalformedPath, malformedPathMessage } from '@/lib/security/malformedPath'
import { privateTextResponse } from '@/lib/security/privateTextResponse'
import { secureResponse } from '@/lib/security/secureResponse'

/**
 * Next 16's proxy (formerly middleware). Headers only: access control lives in Payload's access functions
 * and the pages' own checks, never here. The logic is in lib/security (docs/security.md).
 */
export function proxy(request: NextRequest) {
  // One id per request, on the route's copy of the headers and on the response: its log line carries it.
  const requestId = requestIdOf(request.headers)
  if (isMalformedPath(request.nextUrl.pathname)) {
    const refusal = privateTextResponse(400, malformedPathMessage)
    refusal.headers.set('X-Request-Id', requestId)
    return refusal
  }
  const response = secureResponse(request, { 'x-request-id': requestId })
  response.headers.set('X-Request-Id', requestId)
  return response
}

export const config = {
  // Not the build's static files: they carry no document and are the same for everyone.
  matcher: ['/((?!_next/static|_next/image|favicon\\.ico).*)'],
}
