/**
 * A connection PostgreSQL cuts while idle (a restart) makes pg's Pool emit 'error'. Without a listener an
 * EventEmitter throws that error: Node then reports an uncaught exception (lib/payload/logPoolErrors.ts).
 */
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { expect, it } from 'vitest'
import { testPayload } from '../helpers/testPayload'

it('a connection cut by a database restart is logged, not thrown', async () => {
  const payload = await testPayload()
  const pool = (payload.db as unknown as PostgresAdapter).pool
  const cut = Object.assign(new Error('terminating connection due to administrator command'), {
    code: '57P01',
  })
  expect(() => pool.emit('error', cut)).not.toThrow()
  // The pool still answers afterwards.
  expect((await pool.query('select 1 as ok')).rows[0]).toEqual({ ok: 1 })
})
