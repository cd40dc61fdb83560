/**
 * `npx tsx scripts/write-schema-snapshot.ts <migrations/NAME.json>`: writes the schema snapshot of the code
 * as it is now into a migration's .json. Payload diffs the next migration against the newest snapshot, so
 * after merging branches that each added a migration, the newest one's snapshot must describe all of them;
 * `payload migrate:create` cannot write it then (it asks whether enums were renamed and needs a terminal).
 * docs/database-and-migrations.md, "Merging branches that each add a migration".
 */
import { writeFileSync } from 'node:fs'
import config from '@payload-config'
import { getPayload } from 'payload'

const target = process.argv[2]
if (!target?.endsWith('.json')) {
  console.error(
    'Give the migration snapshot to write, e.g. migrations/20261203_221853_exclusion_history.json',
  )
  process.exit(1)
}
const payload = await getPayload({ config })
// The Postgres adapter's own drizzle-kit bridge, the same call `migrate:create` makes for its snapshot.
const db = payload.db as unknown as {
  schema: unknown
  requireDrizzleKit: () => { generateDrizzleJson: (schema: unknown) => Promise<unknown> }
}
const snapshot = await db.requireDrizzleKit().generateDrizzleJson(db.schema)
writeFileSync(target, `${JSON.stringify(snapshot, null, 2)}\n`)
console.log(`Wrote the current schema snapshot to ${target}`)
process.exit(0)
