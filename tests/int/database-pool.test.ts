/**
 * A connection PostgreSQL cuts (a restart) makes pg emit 'error': on the Pool when the connection was idle,
 * on the client when it was checked out. Without a listener an EventEmitter throws that error and Node
 * reports an uncaught exception (lib/database/logPoolErrors.ts).
 */
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { expect, it } from 'vitest'
import { testPayload } from '../helpers/testPayload'

const cut = () =>
  Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })

it('a connection cut by a database restart is logged, not thrown, idle or checked out', async () => {
  const payload = await testPayload()
  const pool = (payload.db as unknown as PostgresAdapter).pool
  expect(() => pool.emit('error', cut())).not.toThrow()
  // A connection opened now (the pool may reuse an idle one, so force a second at once).
  const [first, second] = await Promise.all([pool.connect(), pool.connect()])
  try {
    expect(() => second.emit('error', cut())).not.toThrow()
    expect((await first.query('select 1 as ok')).rows[0]).toEqual({ ok: 1 })
  } finally {
    first.release()
    // The client that saw the error is not handed out again.
    second.release(true)
  }
  expect((await pool.query('select 1 as ok')).rows[0]).toEqual({ ok: 1 })
})
