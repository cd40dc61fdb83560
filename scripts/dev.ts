/**
 * `npm run dev`: the zero-setup start. Uses DATABASE_URL or starts the embedded PostgreSQL, applies the
 * committed migrations, seeds the demo data into an empty database, then runs `next dev`.
 */
import { localDatabaseUrl } from './lib/localDatabaseUrl'
import { migrateDatabase } from './lib/migrateDatabase'
import { nextBin } from './lib/nextBin'
import { run } from './lib/run'
import { superviseChild } from './lib/superviseChild'

const database = await localDatabaseUrl()
const env = { ...process.env, DATABASE_URL: database.url }

try {
  await migrateDatabase(env)
  await run('npx', ['tsx', 'scripts/seed.ts', '--if-empty'], { env })
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  await database.stop()
  process.exit(1)
}

// Node runs Next itself (no npx wrapper), in a process group that superviseChild stops before the database.
superviseChild(process.execPath, [nextBin, 'dev', ...process.argv.slice(2)], env, database.stop)
