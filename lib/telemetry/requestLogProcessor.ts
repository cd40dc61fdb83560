import type { Context } from '@opentelemetry/api'
import { hrTimeToMilliseconds } from '@opentelemetry/core'
import type { ReadableSpan, Span, SpanProcessor } from '@opentelemetry/sdk-trace-base'
import { logger } from '@/lib/log/logger'
import type { RequestFields } from '@/lib/log/requestFieldsOf'
import { requestLogLine } from '@/lib/log/requestLogLine'
import { recordRequestDuration } from '@/lib/metrics/recordRequestDuration'
import { requestFieldsKey } from './requestFieldsPropagator'

/** Next's span for one pass through its server; its attributes carry method, target, route and status. */
const requestSpan = 'BaseServer.handleRequest'

const text = (value: unknown) => (typeof value === 'string' ? value : undefined)

/**
 * Writes the one log line per request (`requestLogLine`) and records its duration, when Next ends the
 * request's span. A request that passes the proxy (proxy.ts) gets two such spans: the proxy's pass ends by
 * handing the request on (`next.bubble`) and is skipped; the route's pass has the status sent. Static
 * files served before Next's request handling (`/_next/static`) get no line.
 */
export class RequestLogProcessor implements SpanProcessor {
  onStart(span: Span, parentContext: Context): void {
    if (span.attributes['next.span_type'] !== requestSpan) return
    const fields = parentContext.getValue(requestFieldsKey) as RequestFields | undefined
    if (fields) {
      span.setAttributes({
        'ntars.request_id': fields.requestId,
        'ntars.account_by_cookie': fields.accountByCookie,
      })
    }
  }

  onEnd(span: ReadableSpan): void {
    const { attributes } = span
    if (attributes['next.span_type'] !== requestSpan || attributes['next.bubble'] === true) return
    const status = attributes['http.status_code']
    const line = requestLogLine(
      {
        method: text(attributes['http.method']) ?? 'GET',
        target: text(attributes['http.target']) ?? '/',
        route: text(attributes['next.route']),
        status: typeof status === 'number' ? status : undefined,
        durationMs: hrTimeToMilliseconds(span.duration),
      },
      {
        requestId: text(attributes['ntars.request_id']),
        accountByCookie: text(attributes['ntars.account_by_cookie']) as RequestFields['accountByCookie'],
      },
    )
    logger[line.level](line.fields, line.msg)
    recordRequestDuration(line.fields.durationMs / 1000, line.fields)
  }

  forceFlush(): Promise<void> {
    return Promise.resolve()
  }

  shutdown(): Promise<void> {
    return Promise.resolve()
  }
}
