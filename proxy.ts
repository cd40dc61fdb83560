import type { NextRequest } from 'next/server'
import { secureResponse } from '@/lib/security/secureResponse'

/**
 * Next 16's proxy (formerly middleware). Headers only: access control lives in Payload's access functions
 * and the pages' own checks, never here. The logic is in lib/security (docs/security.md).
 */
export function proxy(request: NextRequest) {
  return secureResponse(request)
}

export const config = {
  // Not the build's static files: they carry no document and are the same for everyone.
  matcher: ['/((?!_next/static|_next/image|favicon\\.ico).*)'],
}
