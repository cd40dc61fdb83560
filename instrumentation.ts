/**
 * Next runs `register` once when a server process starts, before it handles a request: logs and metrics
 * (lib/telemetry/startTelemetry.ts), and the page-cache broadcast between app instances
 * (lib/broadcast/startCacheBroadcast.ts, docs/deploy.md). Both are Node-only, so they are loaded for that
 * runtime; `next build` renders pages in this runtime too, but serves no one, so it gets no broadcast.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { startTelemetry } = await import('@/lib/telemetry/startTelemetry')
    startTelemetry()
    if (process.env.NEXT_PHASE !== 'phase-production-build') {
      const { startCacheBroadcast } = await import('@/lib/broadcast/startCacheBroadcast')
      startCacheBroadcast()
    }
  }
}
