/**
 * The exclusion-history migration on real data: inside one transaction on the run's own database, the schema
 * is stepped back to one exclusion per profile (with its "served" columns), four profiles are given the kinds
 * of record the old schema held, and `up` must turn each into one notice with its stage, dates, outcome and
 * serving, pointing the profile's mirror at the running ones; `down` puts the serving back on the profiles.
 * PostgreSQL's DDL is transactional, so the rollback at the end leaves the database as the other tests expect.
 */
import { drizzle } from '@payloadcms/db-postgres/drizzle/node-postgres'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { down, up } from '@/migrations/20261203_221853_exclusion_history'

const databaseUrl = process.env.DATABASE_URL ?? ''

let client: pg.Client
let ids: { red: number; yellow: number; ended: number; lapsed: number }

const rows = async (query: string, values: unknown[] = []) =>
  (await client.query(query, values)).rows as Record<string, unknown>[]
const migration = () => ({ db: drizzle(client) }) as never
const iso = (value: unknown) => (value instanceof Date ? value.toISOString() : value)
const future = new Date(Date.now() + 100 * 86_400_000).toISOString()

beforeAll(async () => {
  if (!databaseUrl.includes('ntars_test'))
    throw new Error('Run with DATABASE_URL naming an ntars_test_* database.')
  client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  await client.query('begin')
  await down(migration())
  // The old world: no notices, and only the four profiles below with an exclusion record.
  await client.query('delete from exclusion_notices')
  await client.query(`update offenders set exclusion_stage = 'none', exclusion_starts_at = null,
    exclusion_ends_at = null, exclusion_appeal_from = null, exclusion_last_breach_at = null,
    exclusion_notice_served_at = null, exclusion_notice_served_by = null, exclusion_notice_method = null`)
  const [red, yellow, ended, lapsed] = (await rows('select id from offenders order by id limit 4')).map(
    (row) => Number(row.id),
  )
  ids = { red, yellow, ended, lapsed } as typeof ids
  const set = (id: number, stage: string, starts: string, ends: string | null, served?: [string, string]) =>
    client.query(
      `update offenders set exclusion_stage = $2, exclusion_starts_at = $3, exclusion_ends_at = $4,
         exclusion_appeal_from = $3, exclusion_last_breach_at = null,
         exclusion_notice_served_at = $5, exclusion_notice_served_by = $6,
         exclusion_notice_method = $7 where id = $1`,
      [id, stage, starts, ends, served?.[0] ?? null, served?.[1] ?? null, served ? 'in-person' : null],
    )
  // A running red exclusion, served by someone named; a warning with no end date yet.
  await set(ids.red, 'exclusion', '2026-01-05T10:00:00.000Z', future, [
    '2026-01-05T11:00:00.000Z',
    'PC Fictional',
  ])
  await set(ids.yellow, 'warning', '2026-02-01T10:00:00.000Z', null)
  // A record the nightly job had already ended (stage back to none, dates kept).
  await set(ids.ended, 'none', '2024-01-01T10:00:00.000Z', '2025-01-01T10:00:00.000Z')
  // A red exclusion past its end that the job had not tidied yet.
  await set(ids.lapsed, 'exclusion', '2024-03-01T10:00:00.000Z', '2025-03-01T10:00:00.000Z')
}, 120_000)

afterAll(async () => {
  await client?.query('rollback')
  await client?.end()
})

describe('the exclusion-history migration', () => {
  it('gives each profile with an exclusion record one notice, and points the mirror at the running ones', async () => {
    await up(migration())
    const notices = await rows(
      `select offender_id, stage::text, outcome::text, starts_at, ends_at, service_served_at,
              service_served_by_name, calculation_override_reason is not null as explained,
              retain_until is not null as retained
       from exclusion_notices order by offender_id`,
    )
    const byProfile = Object.fromEntries(notices.map((notice) => [Number(notice.offender_id), notice]))
    expect(notices).toHaveLength(4)
    expect(byProfile[ids.red]).toMatchObject({
      stage: 'exclusion',
      outcome: 'running',
      service_served_by_name: 'PC Fictional',
      explained: true,
      retained: true,
    })
    expect(iso(byProfile[ids.red]?.service_served_at)).toBe('2026-01-05T11:00:00.000Z')
    expect(byProfile[ids.yellow]).toMatchObject({ stage: 'warning', outcome: 'running', retained: false })
    // An ended record lost its stage: it becomes the lesser sanction, and expired.
    expect(byProfile[ids.ended]).toMatchObject({ stage: 'warning', outcome: 'expired' })
    expect(iso(byProfile[ids.ended]?.starts_at)).toBe('2024-01-01T10:00:00.000Z')
    expect(byProfile[ids.lapsed]).toMatchObject({ stage: 'exclusion', outcome: 'expired' })

    const mirrors = await rows(
      `select o.id, o.exclusion_stage::text as stage, n.outcome::text as current
       from offenders o left join exclusion_notices n on n.id = o.exclusion_current_notice_id
       where o.id = any($1) order by o.id`,
      [Object.values(ids)],
    )
    expect(Object.fromEntries(mirrors.map((row) => [Number(row.id), [row.stage, row.current]]))).toEqual({
      [ids.red]: ['exclusion', 'running'],
      [ids.yellow]: ['warning', 'running'],
      [ids.ended]: ['none', null],
      [ids.lapsed]: ['none', null],
    })
    expect(
      await rows(
        `select column_name from information_schema.columns
         where table_name = 'offenders' and column_name like 'exclusion_notice_%'`,
      ),
    ).toEqual([])
  })

  it('skips profiles that already have a notice when run again, and puts the serving back on the way down', async () => {
    await down(migration())
    await up(migration())
    expect(await rows('select count(*)::int as n from exclusion_notices')).toEqual([{ n: 4 }])
    await down(migration())
    const served = await rows(
      'select exclusion_notice_served_at, exclusion_notice_served_by from offenders where id = $1',
      [ids.red],
    )
    expect(iso(served[0]?.exclusion_notice_served_at)).toBe('2026-01-05T11:00:00.000Z')
    expect(served[0]?.exclusion_notice_served_by).toBe('PC Fictional')
  })
})
