/**
 * The OpenTelemetry collector that metrics and traces are sent to (OTEL_EXPORTER_OTLP_ENDPOINT, the
 * standard variable, e.g. http://127.0.0.1:4318), or undefined: then nothing is exported and the metric
 * calls are the API's no-ops. The exporters themselves read the variable (and OTEL_EXPORTER_OTLP_HEADERS).
 */
export const otlpEndpoint = (): string | undefined => {
  const value = process.env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim()
  if (!value) return undefined
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new Error(
      `OTEL_EXPORTER_OTLP_ENDPOINT must be an http(s) address such as http://127.0.0.1:4318, not "${value}".`,
    )
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(
      `OTEL_EXPORTER_OTLP_ENDPOINT must be an http(s) address such as http://127.0.0.1:4318, not "${value}".`,
    )
  }
  return value
}
