/**
 * Next runs `register` once when a server process starts, before it handles a request: logs and metrics
 * (lib/telemetry/startTelemetry.ts). The OpenTelemetry SDK is Node-only, so it is loaded for that runtime.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { startTelemetry } = await import('@/lib/telemetry/startTelemetry')
    startTelemetry()
  }
}
