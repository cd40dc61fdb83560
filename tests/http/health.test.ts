/**
 * GET /api/health and /api/ready on the running app: 200 with nothing but a status, never cached, under the
 * API's security headers, without writing to the audit log and without a rate limit (a load balancer asks
 * every few seconds, from one address).
 */
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { baseUrl } from '../helpers/http'

let db: pg.Client

const auditRows = async () =>
  Number(
    ((await db.query('select count(*)::int as count from audit_log')).rows[0] as { count: number }).count,
  )

beforeAll(async () => {
  db = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await db.connect()
})

afterAll(async () => {
  await db?.end()
})

describe('health endpoints', () => {
  it('GET /api/health answers 200 {"status":"ok"}, not cached, with the security headers', async () => {
    const response = await fetch(`${baseUrl()}/api/health`)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ok' })
    expect(response.headers.get('cache-control')).toMatch(/no-store/)
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'/)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('GET /api/ready answers 200 {"status":"ready"} on the migrated app, not cached', async () => {
    const response = await fetch(`${baseUrl()}/api/ready`)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ready' })
    expect(response.headers.get('cache-control')).toMatch(/no-store/)
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'/)
  })

  it('writes nothing to the audit log and is never rate-limited (300 requests each)', async () => {
    const before = await auditRows()
    const statuses: number[] = []
    // 60 rounds of 10 at once, half to each endpoint: 300 requests each.
    for (let round = 0; round < 60; round++) {
      const answers = await Promise.all(
        Array.from({ length: 10 }, async (_, index) => {
          const response = await fetch(`${baseUrl()}/api/${index % 2 ? 'ready' : 'health'}`)
          await response.arrayBuffer()
          return response.status
        }),
      )
      statuses.push(...answers)
    }
    expect(statuses).toHaveLength(600)
    expect(statuses.filter((status) => status !== 200)).toEqual([])
    expect(await auditRows()).toBe(before)
  })
})
