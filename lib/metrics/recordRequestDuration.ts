import { instrument } from './instrument'

/** OpenTelemetry's recommended buckets for HTTP server durations, in seconds. */
const buckets = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10]

/**
 * Records how long a request took (`http.server.request.duration`, seconds), by method, route pattern and
 * status: the pattern (`/offenders/[id]`), never the path, so ids do not become series.
 */
export const recordRequestDuration = (
  seconds: number,
  request: { method: string; route?: string; status?: number },
): void => {
  instrument('http.server.request.duration', (meter) =>
    meter.createHistogram('http.server.request.duration', {
      description: 'Duration of HTTP server requests',
      unit: 's',
      advice: { explicitBucketBoundaries: buckets },
    }),
  ).record(seconds, {
    'http.request.method': request.method,
    'http.route': request.route ?? '(unmatched)',
    'http.response.status_code': request.status ?? 0,
  })
}
