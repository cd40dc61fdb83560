import { type Context, createContextKey, type TextMapPropagator } from '@opentelemetry/api'
import { type RequestFields, requestFieldsOf } from '@/lib/log/requestFieldsOf'

export const requestFieldsKey = createContextKey('ntars.request-fields')

/**
 * Next hands each incoming request's headers to the registered propagator before it starts the request's
 * span; this one reads the request id and the cookie-named account kind from them (`requestFieldsOf`) into
 * the context, where the request log processor finds them. It sends nothing on outgoing requests.
 */
export const requestFieldsPropagator: TextMapPropagator = {
  inject: () => {},
  extract: (context: Context, carrier, getter): Context => {
    const get = (name: string) => {
      const value = getter.get(carrier, name)
      return (Array.isArray(value) ? value.join(name === 'cookie' ? '; ' : ',') : value) ?? null
    }
    const fields: RequestFields = requestFieldsOf({ get })
    return context.setValue(requestFieldsKey, fields)
  },
  fields: () => [],
}
