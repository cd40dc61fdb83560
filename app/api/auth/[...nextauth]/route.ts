import type { NextRequest } from 'next/server'
import { handlers } from '@/lib/auth/auth'
import { refuseLargeBody } from '@/lib/rest/refuseLargeBody'

export const { GET } = handlers

/** Auth.js's endpoints take a few fields; anything over 64 kB is refused unread. */
export const POST = (request: NextRequest) => refuseLargeBody(request, 64 * 1024) ?? handlers.POST(request)
