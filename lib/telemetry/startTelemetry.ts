import { metrics } from '@opentelemetry/api'
import { CompositePropagator, W3CTraceContextPropagator } from '@opentelemetry/core'
import { OTLPMetricExporter } from '@opentelemetry/exporter-metrics-otlp-http'
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http'
import { detectResources, envDetector, resourceFromAttributes } from '@opentelemetry/resources'
import { MeterProvider, PeriodicExportingMetricReader } from '@opentelemetry/sdk-metrics'
import { BatchSpanProcessor, type SpanProcessor } from '@opentelemetry/sdk-trace-base'
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node'
import { isProduction } from '@/lib/env/isProduction'
import { otlpEndpoint } from '@/lib/env/otlpEndpoint'
import { logger } from '@/lib/log/logger'
import { routeConsoleToLogger } from '@/lib/log/routeConsoleToLogger'
import { requestFieldsPropagator } from './requestFieldsPropagator'
import { RequestLogProcessor } from './requestLogProcessor'
import { ScrubbedSpanExporter } from './scrubbedSpanExporter'

/**
 * From instrumentation.ts, once per server process (docs/operations.md, "Logs and metrics"):
 * - production: a tracer provider so that Next creates its request spans, whose end writes the request's
 *   JSON log line; `console.*` goes to the same JSON logger.
 * - with OTEL_EXPORTER_OTLP_ENDPOINT set (any environment): metrics every 60 s and scrubbed traces to it.
 * - otherwise (development without a collector): nothing; the metric calls stay the API's no-ops.
 */
export const startTelemetry = (): void => {
  const endpoint = otlpEndpoint()
  const production = isProduction()
  if (!production && !endpoint) return
  // OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES, when set, name this instance.
  const resource = resourceFromAttributes({ 'service.name': 'ntars' }).merge(
    detectResources({ detectors: [envDetector] }),
  )
  const spanProcessors: SpanProcessor[] = [new RequestLogProcessor()]
  if (endpoint) {
    metrics.setGlobalMeterProvider(
      new MeterProvider({
        resource,
        readers: [
          new PeriodicExportingMetricReader({
            exporter: new OTLPMetricExporter(),
            exportIntervalMillis: 60_000,
          }),
        ],
      }),
    )
    spanProcessors.push(new BatchSpanProcessor(new ScrubbedSpanExporter(new OTLPTraceExporter())))
  }
  new NodeTracerProvider({ resource, spanProcessors }).register({
    propagator: new CompositePropagator({
      propagators: [new W3CTraceContextPropagator(), requestFieldsPropagator],
    }),
  })
  if (production) routeConsoleToLogger(logger)
}
