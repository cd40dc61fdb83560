import { NextResponse } from 'next/server'
import { appReadiness } from '@/lib/health/appReadiness'

export const dynamic = 'force-dynamic'

/**
 * Readiness: 200 when the database answers, every migration is applied and files can be stored; otherwise
 * 503 naming each failed check (lib/health). No data and nothing about who asks; not audited or limited.
 */
export const GET = async () => {
  const readiness = await appReadiness()
  return NextResponse.json(
    readiness.ready ? { status: 'ready' } : { status: 'not ready', failed: readiness.failed },
    { status: readiness.ready ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  )
}
