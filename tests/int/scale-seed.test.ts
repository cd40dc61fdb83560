/**
 * The benchmark's scale seed writes straight to the tables (seed/scale/bulkInsert.ts), so a schema change it
 * was not told about breaks it only when someone next runs `npm run bench` (a renamed column did exactly
 * that). Here a small scale scheme is added inside a transaction on the run's own seeded database, checked,
 * and rolled back.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addScaleData } from '@/seed/scale/seedScale'
import { rolledBackClient } from '../helpers/rolledBackClient'

const sizes = {
  businesses: 6,
  members: 12,
  offenders: 30,
  incidents: 400,
  years: 1,
  busiestProfileIncidents: 50,
}

let client: pg.Client
let storageDir: string

let end: () => Promise<void> = async () => {}

beforeAll(async () => {
  storageDir = mkdtempSync(path.join(os.tmpdir(), 'ntars-scale-seed-'))
  ;({ client, end } = await rolledBackClient())
}, 120_000)

afterAll(async () => {
  await end()
  rmSync(storageDir, { recursive: true, force: true })
})

const count = async (query: string, values: unknown[] = []) =>
  Number((await client.query<{ n: string }>(query, values)).rows[0]?.n)

describe('the scale seed', () => {
  it('adds businesses, members, profiles with photo files, and reports the app can read', async () => {
    const before = await count('select count(*) as n from incidents')
    const busiest = await addScaleData(client, storageDir, sizes, () => undefined)

    expect(await count('select count(*) as n from incidents')).toBe(before + sizes.incidents)
    expect(await count(`select count(*) as n from members where email like '%@scale.ntars.test'`)).toBe(
      sizes.members,
    )
    expect(
      await count(`select count(*) as n from incidents_rels where path = 'offenders' and offenders_id = $1`, [
        busiest,
      ]),
    ).toBeGreaterThanOrEqual(sizes.busiestProfileIncidents)
    // Every report's type and police outcome name a vocabulary record (the foreign keys held on insert).
    expect(
      await count(
        `select count(*) as n from incidents i left join police_outcomes o on o.id = i.police_outcome_id
         where i.police_outcome_id is not null and o.id is null`,
      ),
    ).toBe(0)
    expect(
      await count('select count(*) as n from offenders where last_incident_at is not null'),
    ).toBeGreaterThan(0)
    // Two stored files (the photo and its thumbnail) per profile, beside the drawn variants they link to.
    expect(
      readdirSync(path.join(storageDir, 'evidence')).filter((name) => name.startsWith('scale-profile-'))
        .length,
    ).toBe(sizes.offenders * 2)
  })
})
