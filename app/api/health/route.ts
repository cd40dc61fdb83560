import { NextResponse } from 'next/server'

// Answered per request (never prerendered), so a 200 means this process is serving.
export const dynamic = 'force-dynamic'

/** Liveness for a load balancer or process manager: the process answers. Touches no database or file. */
export const GET = () => NextResponse.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } })
