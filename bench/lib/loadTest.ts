import autocannon from 'autocannon'
import { median, percentile } from './percentile'
import { sampleMemory } from './processMemory'

export type LoadResult = {
  label: string
  connections: number
  requestsPerSecond: number
  p50: number
  p95: number
  p99: number
  errors: number
  peakMemoryMb?: number
}

export type LoadSpec = {
  label: string
  url: string
  connections: number
  seconds: number
  headers?: Record<string, string>
  method?: 'GET' | 'POST'
  /** Builds each request's body and headers (report submissions; a GET's rotating cookie); otherwise a plain GET. */
  request?: () => { body?: Buffer | string; headers: Record<string, string> }
  /** Which responses count as errors besides non-2xx/3xx (e.g. a report without a reference). */
  isError?: (status: number, body: string) => boolean
  /**
   * Send this many requests per run and wait for every answer, instead of a fixed `seconds`: for a path
   * whose answers take longer than a timed run (a queue of photo uploads), requests still in flight at the
   * end of a timed run are neither counted nor finished before the next run starts.
   */
  amount?: number
  /** How long one response may take before it counts as an error (autocannon's default is 10 s). */
  timeoutSeconds?: number
  /** Process whose memory (and its children's) to watch. */
  serverPid?: number
}

/**
 * One autocannon run. Latency percentiles are computed from every response time, since autocannon's own
 * summary has no p95. Errors are connection errors, timeouts and non-2xx/3xx answers.
 */
const runOnce = (spec: LoadSpec) =>
  new Promise<Omit<LoadResult, 'label' | 'connections'>>((resolve, reject) => {
    const times: number[] = []
    let errors = 0
    const instance = autocannon(
      {
        url: spec.url,
        connections: spec.connections,
        ...(spec.amount ? { amount: spec.amount } : { duration: spec.seconds }),
        // A queued photo upload can take many seconds on 2 cores: count it as slow, not as failed.
        timeout: spec.timeoutSeconds ?? 10,
        method: spec.method ?? 'GET',
        headers: spec.headers,
        requests: spec.request
          ? [
              {
                setupRequest: (request) => {
                  const built = spec.request?.()
                  return { ...request, body: built?.body, headers: { ...request.headers, ...built?.headers } }
                },
                onResponse: (status, body) => {
                  if (spec.isError?.(status, body)) errors++
                },
              },
            ]
          : undefined,
      },
      (error, result) => {
        if (error) return reject(error)
        const seconds = result.duration || spec.seconds
        errors += result.errors + result.timeouts + result.non2xx
        resolve({
          requestsPerSecond: result.requests.total / seconds,
          p50: percentile(times, 50),
          p95: percentile(times, 95),
          p99: percentile(times, 99),
          errors,
        })
      },
    )
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime))
  })

/** Three runs; the figures are the medians of the runs, the memory the peak over all of them. */
export const loadTest = async (spec: LoadSpec, runs = 3): Promise<LoadResult> => {
  const stopSampling = spec.serverPid ? sampleMemory(spec.serverPid) : undefined
  const results: Omit<LoadResult, 'label' | 'connections'>[] = []
  for (let run = 0; run < runs; run++) results.push(await runOnce(spec))
  const peak = stopSampling?.()
  return {
    label: spec.label,
    connections: spec.connections,
    requestsPerSecond: median(results.map((r) => r.requestsPerSecond)),
    p50: median(results.map((r) => r.p50)),
    p95: median(results.map((r) => r.p95)),
    p99: median(results.map((r) => r.p99)),
    errors: results.reduce((sum, r) => sum + r.errors, 0),
    peakMemoryMb: peak,
  }
}
