import { type Meter, metrics } from '@opentelemetry/api'

const made = new WeakMap<Meter, Map<string, unknown>>()

/**
 * One of the app's instruments, made on first use from the meter provider registered NOW: a no-op one
 * while nothing is exported (OTEL_EXPORTER_OTLP_ENDPOINT unset), else the SDK's (lib/telemetry, or a
 * test's in-memory reader). Looked up per call, so an instrument made before a provider was registered
 * never stays a no-op; each is made once per provider.
 */
export const instrument = <T>(name: string, make: (meter: Meter) => T): T => {
  const meter = metrics.getMeter('ntars')
  let instruments = made.get(meter)
  if (!instruments) {
    instruments = new Map()
    made.set(meter, instruments)
  }
  if (!instruments.has(name)) instruments.set(name, make(meter))
  return instruments.get(name) as T
}
