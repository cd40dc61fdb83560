import { getPayload, type SanitizedConfig } from 'payload'
import { logRestOutcome } from './logRestOutcome'
import { refuseMalformedRequest } from './refuseMalformedRequest'
import { refuseMemberTokens } from './refuseMemberTokens'
import { runInRestRequest } from './restRequestScope'

type RestHandler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>

/**
 * Payload's REST handler behind the member door (members never use this API) and the malformed-request
 * checks. A refusal here is logged as one line, like Payload's own refusals (lib/rest/logRestError.ts).
 */
export const guardRestHandler =
  (handler: RestHandler, config: Promise<SanitizedConfig>): RestHandler =>
  (request, context) =>
    runInRestRequest(async () => {
      const refusal = refuseMemberTokens(request) ?? (await refuseMalformedRequest(request, await config))
      if (!refusal) return handler(request, context)
      const { errors } = (await refusal.clone().json()) as { errors: { message: string }[] }
      const { logger } = await getPayload({ config })
      logRestOutcome(logger, {
        method: request.method,
        url: request.url,
        status: refusal.status,
        message: errors[0]?.message ?? '',
        requestId: request.headers.get('x-request-id') ?? undefined,
      })
      return refusal
    })
