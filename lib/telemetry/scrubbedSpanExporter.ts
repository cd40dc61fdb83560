import type { ExportResult } from '@opentelemetry/core'
import type { ReadableSpan, SpanExporter } from '@opentelemetry/sdk-trace-base'
import { pathForLog } from '@/lib/log/pathForLog'

/** Attributes that hold a request's or a fetch's full address: sent with the path only. */
const addresses = ['http.target', 'http.url', 'url.full', 'url.query']

/** A full address keeps its origin (never a user or password in it); a bare target keeps its path only. */
const withoutQuery = (value: string): string => {
  try {
    const url = new URL(value)
    return `${url.protocol}//${url.host}${pathForLog(url.pathname)}`
  } catch {
    return pathForLog(value)
  }
}

/**
 * A span as it may leave the server: addresses without their query string, and no events or status
 * message (an exception's message and stack can quote the values a query was given).
 */
const scrubbed = (span: ReadableSpan): ReadableSpan => {
  const attributes = { ...span.attributes }
  for (const key of addresses) {
    const value = attributes[key]
    if (typeof value === 'string') attributes[key] = key === 'url.query' ? '' : withoutQuery(value)
  }
  return Object.assign(Object.create(span) as ReadableSpan, {
    attributes,
    events: [],
    status: { code: span.status.code },
  })
}

/** Wraps the OTLP trace exporter so that only scrubbed spans are sent. */
export class ScrubbedSpanExporter implements SpanExporter {
  constructor(private readonly inner: SpanExporter) {}

  export(spans: ReadableSpan[], done: (result: ExportResult) => void): void {
    this.inner.export(spans.map(scrubbed), done)
  }

  shutdown(): Promise<void> {
    return this.inner.shutdown()
  }

  forceFlush(): Promise<void> {
    return this.inner.forceFlush?.() ?? Promise.resolve()
  }
}
