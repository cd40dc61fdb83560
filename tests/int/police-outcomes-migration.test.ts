/**
 * The police outcomes migration on real data, inside one transaction on the run's own seeded database (as
 * tests/int/vocabulary-migration.test.ts): stepped back to the enum, every report keeps an outcome the enum
 * knows and any other becomes "none"; migrated again, every report keeps its outcome as the record's key, and
 * the enum is gone. The rollback at the end leaves the database as the other tests expect.
 */
import { drizzle } from '@payloadcms/db-postgres/drizzle/node-postgres'
import type pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { down, up } from '@/migrations/20261203_221454_recognition_evidence_police_outcomes'
import { rolledBackClient } from '../helpers/rolledBackClient'

const enumOutcomes = ['none', 'arrest', 'charge', 'conviction', 'nfa']

let client: pg.Client

const rows = async (query: string) => (await client.query(query)).rows as Record<string, unknown>[]
const sorted = (list: Record<string, unknown>[]) => list.map((row) => JSON.stringify(row)).sort()
const migration = () => ({ db: drizzle(client) }) as never

let end: () => Promise<void> = async () => {}

beforeAll(async () => {
  ;({ client, end } = await rolledBackClient())
}, 120_000)

afterAll(async () => {
  await end()
})

describe('the police outcomes migration', () => {
  it('goes back to the enum and forward again keeping every report’s outcome', async () => {
    const stored = await rows('select id, police_outcome_id as outcome from incidents')
    expect(stored.length).toBeGreaterThan(0)

    await down(migration())
    const back = await rows('select id, police_outcome::text as outcome from incidents')
    expect(sorted(back)).toEqual(
      sorted(
        stored.map(({ id, outcome }) => ({
          id,
          outcome: outcome === null ? null : enumOutcomes.includes(String(outcome)) ? outcome : 'none',
        })),
      ),
    )
    expect(await rows(`select 1 from pg_tables where tablename = 'police_outcomes'`)).toEqual([])

    await up(migration())
    expect(sorted(await rows('select id, police_outcome_id as outcome from incidents'))).toEqual(sorted(back))
    expect(
      (await rows('select id, counts_as from police_outcomes order by sort_order')).map((row) => row.id),
    ).toEqual(['none', 'arrest', 'caution', 'community-resolution', 'charge', 'conviction', 'nfa'])
    expect(await rows(`select 1 from pg_type where typname = 'enum_incidents_police_outcome'`)).toEqual([])
  })
})
