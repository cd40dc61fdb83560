/**
 * The audit log is a hash chain kept by the database: every entry stores the hash of the one before, so a
 * changed or removed entry is detected (npm run audit:verify uses the same check).
 */
import { createLocalReq, type Payload } from 'payload'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findBrokenAuditEntries } from '@/lib/audit/auditChainSql'
import { recordAudit } from '@/lib/audit/recordAudit'
import { testPayload } from '../helpers/testPayload'

let payload: Payload
let client: pg.Client

const write = async (summary: string) => {
  const req = await createLocalReq({}, payload)
  await recordAudit(req, { action: 'view', summary })
}

const latest = async (count: number) =>
  (
    await client.query(
      `select id, sequence::int as sequence, prev_hash, hash from audit_log order by sequence desc limit ${count}`,
    )
  ).rows as { id: number; sequence: number; prev_hash: string; hash: string }[]

/**
 * Tampers inside a transaction that is always rolled back, and returns what the check found. The table is
 * append-only (its triggers refuse UPDATE and DELETE), so this plays a superuser who switches the
 * triggers off for the transaction: the chain must still give the tampering away.
 */
const tamper = async (statement: string, values: unknown[]) => {
  await client.query('begin')
  try {
    await client.query('set local session_replication_role = replica')
    await client.query(statement, values)
    return await findBrokenAuditEntries(client)
  } finally {
    await client.query('rollback')
  }
}

beforeAll(async () => {
  payload = await testPayload()
  client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
})

afterAll(async () => {
  await client.end()
})

describe('audit chain', () => {
  it('chains each new entry to the one before', async () => {
    await write('Chain test one')
    await write('Chain test two')
    const [second, first] = await latest(2)
    expect(second?.sequence).toBe((first?.sequence ?? 0) + 1)
    expect(second?.prev_hash).toBe(first?.hash)
    expect(second?.hash).toMatch(/^[0-9a-f]{64}$/)
  })

  it('stays intact, with no gaps, when many entries are written at once', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, index) => write(`Concurrent entry ${index}`)))
    expect(await findBrokenAuditEntries(client)).toEqual([])
    const { rows } = await client.query(
      'select count(*)::int as total, count(distinct sequence)::int as distinct_sequences, max(sequence)::int as top from audit_log',
    )
    const stats = rows[0] as { total: number; distinct_sequences: number; top: number }
    expect(stats.distinct_sequences).toBe(stats.total)
    expect(stats.top).toBe(stats.total)
  })

  it('detects an entry changed after it was written', async () => {
    const [entry] = await latest(3)
    const broken = await tamper('update audit_log set summary = $1 where id = $2', [
      'Nothing to see here',
      entry?.id,
    ])
    expect(broken).toEqual([
      expect.objectContaining({ id: entry?.id, problem: 'changed after it was written' }),
    ])
  })

  it('detects an entry removed from the middle', async () => {
    const [, middle, before] = await latest(3)
    const broken = await tamper('delete from audit_log where id = $1', [middle?.id])
    expect(broken.length).toBeGreaterThan(0)
    expect(broken[0]?.problem).toBe('entries before it are missing')
    expect(Number(broken[0]?.sequence)).toBe((before?.sequence ?? 0) + 2)
  })

  it('detects an entry forged with a made-up hash', async () => {
    const [entry] = await latest(1)
    const broken = await tamper('update audit_log set hash = $1 where id = $2', ['0'.repeat(64), entry?.id])
    expect(broken.map((row) => row.id)).toContain(entry?.id)
  })
})
