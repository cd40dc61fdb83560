import { pathForLog } from './pathForLog'
import type { RequestFields } from './requestFieldsOf'

export type RequestFacts = {
  method: string
  /** The request target as received (path and query); only its path is logged, redacted by `pathForLog`. */
  target: string
  /** Next's route pattern (`/offenders/[id]`), when it matched one. */
  route?: string
  status?: number
  durationMs: number
}

export type RequestLogLine = {
  level: 'info' | 'warn' | 'error'
  msg: string
  fields: {
    method: string
    route?: string
    path: string
    status?: number
    durationMs: number
    requestId?: string
    accountByCookie?: RequestFields['accountByCookie']
  }
}

const methods = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])

/**
 * The one line a request gets: method, route, path without its query, status, duration, request id and
 * the account kind its cookies claim. A refused request (4xx) is a warn, a failure (5xx) an error, the
 * rest info; never a stack trace, a body, a header value or a name.
 */
export const requestLogLine = (facts: RequestFacts, request?: Partial<RequestFields>): RequestLogLine => {
  const method = methods.has(facts.method.toUpperCase()) ? facts.method.toUpperCase() : 'OTHER'
  const path = pathForLog(facts.target)
  const status = facts.status
  const level = status === undefined || status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info'
  return {
    level,
    msg: `${method} ${facts.route ?? path} ${status ?? 'no status'}`,
    fields: {
      method,
      route: facts.route,
      path,
      status,
      durationMs: Math.round(facts.durationMs * 10) / 10,
      requestId: request?.requestId,
      accountByCookie: request?.accountByCookie,
    },
  }
}
