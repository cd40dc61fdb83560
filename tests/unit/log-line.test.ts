/**
 * The one log line per request (lib/log/requestLogLine.ts and lib/telemetry/requestLogProcessor.ts): the
 * fields an operator needs are there; personal data is not (no query string, no cookie or authorization
 * value, no address in a path segment, no SQL parameters in an error).
 */
import { ROOT_CONTEXT } from '@opentelemetry/api'
import { BasicTracerProvider } from '@opentelemetry/sdk-trace-base'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { accountKindOf } from '@/lib/log/accountKindOf'
import { errorForLog } from '@/lib/log/errorForLog'
import { logger } from '@/lib/log/logger'
import { pathForLog } from '@/lib/log/pathForLog'
import { requestFieldsOf } from '@/lib/log/requestFieldsOf'
import { requestLogLine } from '@/lib/log/requestLogLine'
import { requestFieldsPropagator } from '@/lib/telemetry/requestFieldsPropagator'
import { RequestLogProcessor } from '@/lib/telemetry/requestLogProcessor'

const staffToken = 'eyJhbGciOiJIUzI1NiJ9.eyJpZCI6MSwiZW1haWwiOiJhZG1pbkBudGFycy50ZXN0In0.c2lnbmF0dXJl'
const memberToken = 'eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2Q0JDLUhTNTEyIn0..aXY.Y2lwaGVy.dGFn'

const headers = (values: Record<string, string>) => new Headers(values)

describe('requestLogLine', () => {
  it('has method, route, path, status, duration, request id and account kind', () => {
    const line = requestLogLine(
      { method: 'get', target: '/offenders/12', route: '/offenders/[id]', status: 200, durationMs: 12.345 },
      { requestId: 'req-12345678', accountByCookie: 'member' },
    )
    expect(line).toEqual({
      level: 'info',
      msg: 'GET /offenders/[id] 200',
      fields: {
        method: 'GET',
        route: '/offenders/[id]',
        path: '/offenders/12',
        status: 200,
        durationMs: 12.3,
        requestId: 'req-12345678',
        accountByCookie: 'member',
      },
    })
  })

  it('logs a URL with an email in its query string without the query', () => {
    const target = '/api/members?where[email][equals]=jane.doe@example.org&depth=0#jane'
    const line = requestLogLine({
      method: 'GET',
      target,
      route: '/api/[...slug]',
      status: 403,
      durationMs: 3,
    })
    expect(line.fields.path).toBe('/api/members')
    expect(JSON.stringify(line)).not.toMatch(/jane|example\.org|where|@/)
  })

  it('puts refused requests at warn and failures at error', () => {
    const at = (status: number) =>
      requestLogLine({ method: 'POST', target: '/x', status, durationMs: 1 }).level
    expect([at(200), at(302), at(400), at(403), at(404), at(429), at(500), at(503)]).toEqual([
      'info',
      'info',
      'warn',
      'warn',
      'warn',
      'warn',
      'error',
      'error',
    ])
  })

  it('never copies a cookie or authorization value, only the account kind the cookie names', () => {
    const fields = requestFieldsOf(
      headers({
        cookie: `theme=dark; payload-token=${staffToken}`,
        authorization: `JWT ${staffToken}`,
        'x-request-id': 'abcdef0123456789abcdef0123456789',
      }),
    )
    const line = requestLogLine({ method: 'GET', target: '/admin', status: 200, durationMs: 5 }, fields)
    expect(fields).toEqual({ requestId: 'abcdef0123456789abcdef0123456789', accountByCookie: 'staff' })
    const text = JSON.stringify(line)
    expect(text).not.toContain(staffToken.slice(0, 20))
    expect(text).not.toMatch(/payload-token|JWT|dark|eyJ/)
  })
})

describe('the pieces of the line', () => {
  it('names the account kind from cookie names only', () => {
    expect(accountKindOf(undefined)).toBe('anonymous')
    expect(accountKindOf('theme=dark')).toBe('anonymous')
    expect(accountKindOf(`__Host-payload-token=${staffToken}`)).toBe('staff')
    expect(accountKindOf(`authjs.session-token=${memberToken}`)).toBe('member')
    expect(accountKindOf(`__Host-authjs.session-token.0=${memberToken}; x=1`)).toBe('member')
    // A value that merely contains a cookie name is not that cookie.
    expect(accountKindOf('note=payload-token')).toBe('anonymous')
  })

  it('keeps a well-formed request id from the proxy and replaces anything else', () => {
    expect(requestFieldsOf(headers({ 'x-request-id': '0123456789abcdef' })).requestId).toBe(
      '0123456789abcdef',
    )
    for (const bad of ['short', 'has spaces in it ok', 'jane@example.org', 'x'.repeat(101)]) {
      const id = requestFieldsOf(headers({ 'x-request-id': bad })).requestId
      expect(id).not.toBe(bad)
      expect(id).toMatch(/^[0-9a-f-]{36}$/)
    }
    expect(requestFieldsOf(headers({})).requestId).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('redacts path segments that are not plain words or ids', () => {
    expect(pathForLog('/api/members/7')).toBe('/api/members/7')
    expect(pathForLog('/api/members/jane@example.org/x')).toBe('/api/members/:redacted/x')
    expect(pathForLog('/search/Jane%20Doe?q=1')).toBe('/search/:redacted')
    expect(pathForLog('/')).toBe('/')
  })

  it('logs an error by class, code and stack frames, never the failed query or its parameters', () => {
    const failed = Object.assign(
      new Error('Failed query: select * from "members" where "email" = $1\nparams: jane@example.org'),
      { query: 'select …', params: ['jane@example.org'], cause: { code: '22P02' } },
    )
    const logged = errorForLog(failed)
    expect(logged).toMatchObject({ type: 'Error', message: 'Failed query', code: '22P02' })
    expect(JSON.stringify(logged)).not.toMatch(/jane|select|params/)
    expect(errorForLog(new Error('No account for jane@example.org')).message).toBe('No account for [email]')
  })
})

describe('RequestLogProcessor', () => {
  afterEach(() => vi.restoreAllMocks())

  /** Next's request span as it starts one, in the context the propagator made from the request's headers. */
  const requestSpan = (
    provider: BasicTracerProvider,
    attributes: Record<string, string | number | boolean>,
  ) => {
    const parent = requestFieldsPropagator.extract(
      ROOT_CONTEXT,
      { cookie: `authjs.session-token=${memberToken}`, 'x-request-id': 'proxy-request-0001' },
      {
        get: (carrier, key) => (carrier as Record<string, string>)[key],
        keys: (carrier) => Object.keys(carrier),
      },
    )
    return provider
      .getTracer('next.js')
      .startSpan(
        'GET',
        { attributes: { 'next.span_type': 'BaseServer.handleRequest', ...attributes } },
        parent,
      )
  }

  it('writes one line per request, skipping the proxy’s pass, with the fields from the headers', () => {
    const provider = new BasicTracerProvider({ spanProcessors: [new RequestLogProcessor()] })
    const warn = vi.spyOn(logger, 'warn').mockImplementation(() => {})
    const info = vi.spyOn(logger, 'info').mockImplementation(() => {})
    const proxyPass = requestSpan(provider, { 'http.method': 'GET', 'http.target': '/incidents?q=jane' })
    proxyPass.setAttributes({ 'http.status_code': 200, 'next.bubble': true })
    proxyPass.end()
    const routePass = requestSpan(provider, { 'http.method': 'GET', 'http.target': '/incidents?q=jane' })
    routePass.setAttributes({ 'http.status_code': 403, 'next.route': '/incidents' })
    routePass.end()
    expect(info).not.toHaveBeenCalled()
    expect(warn).toHaveBeenCalledTimes(1)
    const [fields, msg] = warn.mock.calls[0] as unknown as [Record<string, unknown>, string]
    expect(msg).toBe('GET /incidents 403')
    expect(fields).toMatchObject({
      method: 'GET',
      route: '/incidents',
      path: '/incidents',
      status: 403,
      requestId: 'proxy-request-0001',
      accountByCookie: 'member',
    })
    expect(fields.durationMs).toEqual(expect.any(Number))
    expect(JSON.stringify(fields)).not.toMatch(/jane|eyJ/)
  })
})
