import type { AfterErrorHook } from 'payload'
import { databaseErrorCodeOf } from './databaseErrorCodeOf'
import { logRestOutcome } from './logRestOutcome'
import { restErrorStatusOf } from './restErrorStatusOf'

/**
 * Root `hooks.afterError`, last in the list: logs the refused or failed request as one line with the
 * status and message the caller was sent (Payload's own log of it, a multi-line object with the stack and
 * the SQL's parameters, is switched off for REST requests: lib/rest/quietPayloadRestErrors.ts). A server
 * error is named by its PostgreSQL code when it has one, never by its text.
 */
export const logRestError: AfterErrorHook = ({ error, req, result }) => {
  const status = restErrorStatusOf(error)
  const code = databaseErrorCodeOf(error)
  const message =
    status >= 500
      ? `Server error${code ? ` (PostgreSQL ${code})` : ''}`
      : (result?.errors?.[0]?.message ?? error.message)
  logRestOutcome(req.payload.logger, {
    method: req.method ?? 'GET',
    url: req.url ?? '',
    status,
    message,
    requestId: req.headers?.get('x-request-id') ?? undefined,
  })
}
