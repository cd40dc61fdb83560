/**
 * The running app's log after the browser and HTTP tests (`npm test` keeps the production server's stdout
 * and stderr in NTARS_TEST_APP_LOG and runs this file on its own, after the others): every line is JSON
 * with level, time and msg, requests have their one line, refused ones carry no stack trace, and no line
 * holds a person's email or name, a demo password, a session cookie or token, or the text of a report.
 */
import { readFileSync } from 'node:fs'
import pg from 'pg'
import { beforeAll, describe, expect, it } from 'vitest'
import { stories } from '@/seed/incidents'
import { baseUrl, demoPassword } from '../helpers/http'

const logFile = process.env.NTARS_TEST_APP_LOG

type Line = { number: number; text: string; json?: Record<string, unknown> }

/** A request of the scan's own, made first, whose line is looked for by its id. */
const probeId = `log-scan-${crypto.randomUUID()}`
const probeToken = 'eyJhbGciOiJIUzI1NiJ9.eyJwcm9iZSI6dHJ1ZX0.bG9nLXNjYW4tcHJvYmU'
let probeResponse: Response

let lines: Line[] = []
/** Strings that must appear nowhere in the log, each with what it is (for the failure message). */
let secrets: { text: string; kind: string }[] = []

const parse = (text: string): Record<string, unknown> | undefined => {
  try {
    const value = JSON.parse(text) as unknown
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined
  } catch {
    return undefined
  }
}

/** The people, accounts and reports in the test database, as the browser and HTTP tests left it. */
const personalData = async () => {
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await db.connect()
  const values = async (kind: string, sql: string) =>
    (await db.query<{ value: string | null }>(sql)).rows.flatMap(({ value }) =>
      value ? [{ text: value, kind }] : [],
    )
  try {
    return [
      ...(await values(
        'an email',
        'select email as value from users union select email from members union select contact_email from businesses',
      )),
      ...(await values(
        'a person’s name',
        `select name as value from users union select name from members union select contact_name from businesses
         union select subject_name from subject_requests union select display_name from offenders where first_name is not null`,
      )),
      ...(await values(
        'a report’s text',
        'select distinct description as value from incidents where length(description) >= 12',
      )),
    ]
  } finally {
    await db.end()
  }
}

describe.skipIf(!logFile)('the production log after the HTTP tests', () => {
  beforeAll(async () => {
    probeResponse = await fetch(
      `${baseUrl()}/api/incidents?where[reporter.email][equals]=probe.person@example.org`,
      {
        headers: { 'x-request-id': probeId, cookie: `payload-token=${probeToken}` },
      },
    )
    const read = () =>
      readFileSync(logFile as string, 'utf8')
        .split('\n')
        .map((text, index) => ({ number: index + 1, text: text.trim(), json: parse(text.trim()) }))
        .filter((line) => line.text !== '')
    // The app writes the line as the response ends; the file gets it a moment later.
    for (let tries = 0; tries < 50 && !read().some((line) => line.json?.requestId === probeId); tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    lines = read()
    const seeded = Object.values(stories)
      .flat()
      .map((text) => ({ text, kind: 'a seeded report’s text' }))
    secrets = [
      ...(await personalData()),
      ...seeded,
      { text: demoPassword, kind: 'the demo password' },
      { text: 'ntars-demo-2026', kind: 'the demo password' },
    ].filter((secret) => secret.text && secret.text.length >= 5)
  })

  it('has lines to scan', () => {
    expect(lines.length).toBeGreaterThan(100)
  })

  it('is JSON lines with level, time and msg (after Next’s few start-up lines, printed before the app loads)', () => {
    const firstJson = lines.findIndex((line) => line.json)
    expect(firstJson).toBeGreaterThanOrEqual(0)
    expect(firstJson).toBeLessThanOrEqual(12)
    const bad = lines
      .slice(firstJson)
      .filter(
        ({ json }) =>
          !json ||
          typeof json.level !== 'string' ||
          typeof json.time !== 'string' ||
          typeof json.msg !== 'string',
      )
      .map(({ number, text }) => `line ${number}: ${text.slice(0, 200)}`)
    expect(bad).toEqual([])
  })

  it('logs a request by the id the proxy gave it, without its query or its cookie', () => {
    expect(probeResponse.headers.get('x-request-id')).toBe(probeId)
    const probe = lines.filter(
      ({ json }) => json?.requestId === probeId && typeof json.durationMs === 'number',
    )
    expect(probe).toHaveLength(1)
    expect(probe[0]?.json).toMatchObject({
      level: probeResponse.status >= 500 ? 'error' : 'warn',
      method: 'GET',
      path: '/api/incidents',
      status: probeResponse.status,
      accountByCookie: 'staff',
    })
    expect(probeResponse.status).toBeGreaterThanOrEqual(400)
    expect(probe[0]?.text).not.toMatch(/probe\.person|example\.org|where|eyJ/)
  })

  it('has one line per request with route, status, duration, request id and account kind', () => {
    const requests = lines.flatMap(({ json }) => (json && typeof json.durationMs === 'number' ? [json] : []))
    expect(requests.length).toBeGreaterThan(100)
    for (const request of requests) {
      expect(request).toEqual(
        expect.objectContaining({
          method: expect.any(String),
          path: expect.stringMatching(/^\/[^?#]*$/),
          status: expect.any(Number),
          requestId: expect.any(String),
          accountByCookie: expect.stringMatching(/^(staff|member|anonymous)$/),
        }),
      )
    }
    const levels = new Set(
      requests.map((request) => `${request.level} ${String(request.status).charAt(0)}xx`),
    )
    expect(levels).toContain('info 2xx')
    expect(levels).toContain('warn 4xx')
    expect([...levels].filter((level) => level.endsWith('4xx') && !level.startsWith('warn'))).toEqual([])
    expect(new Set(requests.map((request) => request.accountByCookie))).toEqual(
      new Set(['staff', 'member', 'anonymous']),
    )
  })

  it('logs refused requests without a stack trace', () => {
    const withStack = lines
      .filter(({ json, text }) => json?.level === 'warn' && /\n\s+at |"stack"/.test(text))
      .map(({ number, text }) => `line ${number}: ${text.slice(0, 200)}`)
    expect(withStack).toEqual([])
  })

  it('holds no email, name, password, session cookie, token or report text', () => {
    const patterns: { pattern: RegExp; kind: string }[] = [
      { pattern: /payload-token=/i, kind: 'a staff session cookie' },
      { pattern: /authjs\.[a-z-]+=/i, kind: 'a members’ session cookie' },
      { pattern: /eyJ[\w-]{8,}\.[\w-]*\.[\w-]*/, kind: 'a JWT or encrypted token' },
      { pattern: /"(cookie|authorization|password)":"(?!\[redacted\])/i, kind: 'a credential field' },
    ]
    const found: string[] = []
    for (const { number, text } of lines) {
      const lower = text.toLowerCase()
      for (const secret of secrets) {
        if (lower.includes(secret.text.toLowerCase())) found.push(`line ${number}: ${secret.kind}`)
      }
      for (const { pattern, kind } of patterns) if (pattern.test(text)) found.push(`line ${number}: ${kind}`)
    }
    expect(found).toEqual([])
  })
})
