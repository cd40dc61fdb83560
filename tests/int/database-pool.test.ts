/**
 * A connection PostgreSQL cuts (a restart) makes pg emit 'error': on the Pool when the connection was idle,
 * on the client when it was checked out. Without a listener an EventEmitter throws that error and Node
 * reports an uncaught exception; with one, each cut is one warning (lib/database/watchConnectionCuts.ts,
 * attached from Payload's onInit by lib/database/logPoolErrors.ts).
 */
import type { Payload } from 'payload'
import type { Pool } from 'pg'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { postgresOf } from '@/lib/database/postgresOf'
import { type ConnectionCut, watchConnectionCuts } from '@/lib/database/watchConnectionCuts'
import { testPayload } from '../helpers/testPayload'

const cutMessage = 'A database connection was cut; the pool will open a new one'
const cut = () =>
  Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })

let payload: Payload
/** A pool of the test's own, so counts of its connections are not moved by other work. */
const ownPool = (): Pool => {
  const adapter = postgresOf(payload)
  return new adapter.pg.Pool(adapter.poolOptions)
}

beforeAll(async () => {
  payload = await testPayload()
})

afterEach(() => {
  vi.restoreAllMocks()
})

describe("Payload's pool (logPoolErrors from onInit)", () => {
  const cutWarnings = (spy: { mock: { calls: unknown[][] } }) =>
    spy.mock.calls.filter(([entry]) => (entry as { msg?: string } | undefined)?.msg === cutMessage)

  it('logs an idle connection cut once, with its code, and does not throw', () => {
    const warn = vi.spyOn(payload.logger, 'warn')
    expect(() => postgresOf(payload).pool.emit('error', cut())).not.toThrow()
    expect(cutWarnings(warn)).toEqual([[{ msg: cutMessage, server: 'primary', code: '57P01' }]])
  })

  it('logs a checked-out connection cut once; the other connections and the pool keep working', async () => {
    const pool = postgresOf(payload).pool
    const warn = vi.spyOn(payload.logger, 'warn')
    // Two at once, so the second is not the first one reused.
    const [first, second] = await Promise.all([pool.connect(), pool.connect()])
    try {
      expect(() => second.emit('error', cut())).not.toThrow()
      expect(cutWarnings(warn)).toEqual([[{ msg: cutMessage, server: 'primary', code: '57P01' }]])
      expect((await first.query('select 1 as ok')).rows).toEqual([{ ok: 1 }])
    } finally {
      first.release()
      // A client released with an error is closed, never handed out again.
      second.release(true)
    }
    expect((await pool.query('select 1 as ok')).rows).toEqual([{ ok: 1 }])
  })
})

describe('watchConnectionCuts', () => {
  it('reports an idle connection cut once (through the pool) and the pool drops that connection', async () => {
    const pool = ownPool()
    const cuts: ConnectionCut[] = []
    watchConnectionCuts(pool, (error) => cuts.push(error))
    try {
      const client = await pool.connect()
      client.release()
      expect({ total: pool.totalCount, idle: pool.idleCount }).toEqual({ total: 1, idle: 1 })
      const error = cut()
      expect(() => client.emit('error', error)).not.toThrow()
      expect(cuts).toEqual([error])
      expect({ total: pool.totalCount, idle: pool.idleCount }).toEqual({ total: 0, idle: 0 })
    } finally {
      await pool.end()
    }
  })

  it('covers a connection opened before it ran, from the next time that connection is checked out', async () => {
    const pool = ownPool()
    const cuts: ConnectionCut[] = []
    try {
      const early = await pool.connect()
      early.release()
      watchConnectionCuts(pool, (error) => cuts.push(error))
      const again = await pool.connect()
      expect(again).toBe(early)
      const error = cut()
      expect(() => again.emit('error', error)).not.toThrow()
      expect(cuts).toEqual([error])
      again.release(true)
    } finally {
      await pool.end()
    }
  })

  it('attaches once per pool, however often it is called (onInit again after a reload)', async () => {
    const pool = ownPool()
    const cuts: ConnectionCut[] = []
    watchConnectionCuts(pool, (error) => cuts.push(error))
    watchConnectionCuts(pool, (error) => cuts.push(error))
    try {
      const client = await pool.connect()
      const error = cut()
      client.emit('error', error)
      expect(cuts).toEqual([error])
      client.release(true)
    } finally {
      await pool.end()
    }
  })
})

describe('postgresOf', () => {
  it("is Payload's own adapter, with its pool and Drizzle handle", async () => {
    const adapter = postgresOf(payload)
    expect(adapter).toBe(payload.db)
    expect((await adapter.pool.query('select 1 as ok')).rows).toEqual([{ ok: 1 }])
  })

  it('refuses any other adapter, naming the one configured', () => {
    const sqlite = { ...payload.db, packageName: '@payloadcms/db-sqlite' }
    expect(() => postgresOf({ db: sqlite })).toThrow(
      new Error(
        "This app needs Payload's PostgreSQL adapter (@payloadcms/db-postgres); this Payload runs @payloadcms/db-sqlite.",
      ),
    )
  })
})
