/**
 * The vocabulary migration on real data: inside one transaction on the run's own seeded database, the schema
 * is stepped back to the enums the migration starts from, then migrated again; every report keeps its type,
 * every profile its warning markers, every partner account its agency, and the enums are gone. PostgreSQL's
 * DDL is transactional, so the rollback at the end leaves the database as the other tests expect (the files
 * of a run go one after another: vitest.config.ts).
 */
import { drizzle } from '@payloadcms/db-postgres/drizzle/node-postgres'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { down, up } from '@/migrations/20261203_182234_vocabulary_records'

const databaseUrl = process.env.DATABASE_URL ?? ''

let client: pg.Client

const rows = async (query: string) => (await client.query(query)).rows as Record<string, unknown>[]
const sorted = (list: Record<string, unknown>[]) => list.map((row) => JSON.stringify(row)).sort()
const hasTable = async (table: string) =>
  (await rows(`select 1 from pg_tables where schemaname = 'public' and tablename = '${table}'`)).length > 0
const migration = () => ({ db: drizzle(client) }) as never

beforeAll(async () => {
  if (!databaseUrl.includes('ntars_test'))
    throw new Error('Run with DATABASE_URL naming an ntars_test_* database.')
  client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  await client.query('begin')
  // The run's database is past this migration: step it back first, as the test is of `up` on enum data.
  if (await hasTable('incident_types')) await down(migration())
}, 120_000)

afterAll(async () => {
  await client?.query('rollback')
  await client?.end()
})

describe('the vocabulary migration', () => {
  it('keeps every report’s type, every profile’s markers and every partner’s agency', async () => {
    const types = await rows('select id, type::text as type from incidents')
    const markers = await rows(
      `select parent_id, "order", value::text as marker from offenders_warning_markers`,
    )
    const agencies = await rows(`select id, agency::text as agency from members where agency is not null`)
    expect(types.length).toBeGreaterThan(0)
    expect(markers.length).toBeGreaterThan(0)
    expect(agencies.length).toBeGreaterThan(0)

    await up(migration())

    expect(sorted(await rows('select id, type_id as type from incidents'))).toEqual(sorted(types))
    expect(
      sorted(
        await rows(
          `select parent_id, "order", warning_markers_id as marker from offenders_rels
           where path = 'warningMarkers'`,
        ),
      ),
    ).toEqual(sorted(markers))
    expect(
      sorted(await rows('select id, agency_id as agency from members where agency_id is not null')),
    ).toEqual(sorted(agencies))
    // Every stored key names a record, and the enums and their table are gone.
    expect(
      await rows('select id from incidents where type_id not in (select id from incident_types)'),
    ).toEqual([])
    expect(await hasTable('offenders_warning_markers')).toBe(false)
    expect(
      await rows(
        `select typname from pg_type where typname in
         ('enum_incidents_type', 'enum_offenders_warning_markers', 'enum_members_agency')`,
      ),
    ).toEqual([])
  })

  it('gives the agencies the remits and gallery rights the code held', async () => {
    const agencies = await rows(
      `select a.id, a.sees_gallery, a.follows_safeguarded_people,
              array_agg(r.incident_types_id order by r.incident_types_id) as remit
       from partner_agencies a join partner_agencies_rels r on r.parent_id = a.id and r.path = 'remit'
       group by a.id order by a.id`,
    )
    expect(agencies).toEqual([
      {
        id: 'asb-unit',
        sees_gallery: true,
        follows_safeguarded_people: false,
        remit: ['asb', 'begging', 'criminal-damage', 'drugs', 'exclusion-breach', 'street-drinking'],
      },
      { id: 'outreach', sees_gallery: false, follows_safeguarded_people: true, remit: ['welfare-concern'] },
    ])
  })
})
