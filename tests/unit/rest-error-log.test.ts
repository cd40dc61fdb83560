/**
 * A refused REST request is logged as ONE warn line, a failed one as ONE error line (method, path, status,
 * message, request id) and never with the SQL's parameters, the query string or a stack trace; Payload's
 * own multi-line log of it is off inside REST requests only. The HTTP tests' log scan
 * (tests/http/zz-log-scan.test.ts) checks the running app's lines; this checks the pieces.
 */
import type { PayloadRequest, SanitizedConfig } from 'payload'
import { describe, expect, it } from 'vitest'
import { logRestError } from '@/lib/rest/logRestError'
import { quietPayloadRestErrors } from '@/lib/rest/quietPayloadRestErrors'
import { runInRestRequest } from '@/lib/rest/restRequestScope'

const capture = () => {
  const lines: { level: string; args: unknown[] }[] = []
  const logger = Object.fromEntries(
    ['trace', 'debug', 'info', 'warn', 'error', 'fatal'].map((level) => [
      level,
      (...args: unknown[]) => lines.push({ level, args }),
    ]),
  )
  return { lines, logger }
}

const requestFor = (url: string, logger: object) =>
  ({
    method: 'GET',
    url,
    headers: new Headers({ 'x-request-id': 'req-0123456789' }),
    payload: { logger },
  }) as unknown as PayloadRequest

/** What Drizzle throws for a failed query: its message holds the SQL and the values bound to it. */
const failedQuery = (code: string) =>
  Object.assign(
    new Error('Failed query: select * from "offenders" where "display_name" = $1\nparams: Jane Doe'),
    { cause: Object.assign(new Error('invalid input value for enum: "Jane Doe"'), { code }) },
  )

const run = (error: Error, result: { errors: { message: string }[] }, url: string) => {
  const { lines, logger } = capture()
  logRestError({ error, req: requestFor(url, logger), result, collection: undefined, context: {} } as never)
  return lines
}

describe('logRestError', () => {
  it('writes one warn line with method, path, status, the message sent and the request id, nothing from the query', () => {
    const refusal = Object.assign(new Error('You are not allowed to perform this action.'), { status: 403 })
    const lines = run(
      refusal,
      { errors: [{ message: 'You are not allowed to perform this action.' }] },
      'http://localhost/api/incidents/7?where[reporter.email][equals]=jane@example.org',
    )
    expect(lines).toEqual([
      {
        level: 'warn',
        args: [
          {
            method: 'GET',
            path: '/api/incidents/7',
            status: 403,
            reason: 'You are not allowed to perform this action.',
            requestId: 'req-0123456789',
          },
          'REST GET /api/incidents/7 403: You are not allowed to perform this action.',
        ],
      },
    ])
    expect(JSON.stringify(lines)).not.toMatch(/jane|example\.org|where/)
  })

  it('logs a value PostgreSQL refused as the 400 the caller got, without the SQL or its parameters', () => {
    const lines = run(
      failedQuery('22P02'),
      { errors: [{ message: 'A filter value does not fit its field.' }] },
      'http://localhost/api/offenders',
    )
    expect(lines).toHaveLength(1)
    expect(lines[0]?.level).toBe('warn')
    expect(lines[0]?.args[1]).toBe('REST GET /api/offenders 400: A filter value does not fit its field.')
    expect(lines[0]?.args[0]).toMatchObject({ status: 400, reason: 'A filter value does not fit its field.' })
    expect(JSON.stringify(lines)).not.toMatch(/Jane|params|select/)
  })

  it('logs a server error at error level, named by its PostgreSQL code only, never its text or stack', () => {
    const lines = run(
      failedQuery('57P01'),
      { errors: [{ message: 'Something went wrong.' }] },
      'http://localhost/api/offenders',
    )
    expect(lines).toHaveLength(1)
    expect(lines[0]?.level).toBe('error')
    const line = String(lines[0]?.args[1])
    expect(line).toBe('REST GET /api/offenders 500: Server error (PostgreSQL 57P01)')
    expect(lines[0]?.args[0]).toMatchObject({ status: 500, reason: 'Server error (PostgreSQL 57P01)' })
    expect(JSON.stringify(lines)).not.toMatch(/Jane|params|select|\\n|at /)
  })
})

describe('quietPayloadRestErrors', () => {
  it('switches Payload’s own error log off inside REST requests only', () => {
    const config = quietPayloadRestErrors({
      loggingLevels: { Forbidden: 'info' },
    } as unknown as SanitizedConfig)
    const levels = config.loggingLevels as Record<string, unknown>
    expect(levels.Forbidden).toBe('info')
    expect(levels.l).toBeUndefined()
    runInRestRequest(() => {
      expect(levels.Forbidden).toBe(false)
      // A minified class name too: the check cannot depend on names.
      expect(levels.l).toBe(false)
    })
  })
})
