/**
 * `npm start`: production start after `npm run build`. Applies pending migrations, then runs `next start`.
 * Without DATABASE_URL it falls back to the embedded PostgreSQL (a single-machine demo, not production).
 */
import { localDatabaseUrl } from './lib/localDatabaseUrl'
import { migrateDatabase } from './lib/migrateDatabase'
import { nextBin } from './lib/nextBin'
import { superviseChild } from './lib/superviseChild'

const database = await localDatabaseUrl()
const env = { ...process.env, DATABASE_URL: database.url, NODE_ENV: 'production' as const }

try {
  await migrateDatabase(env)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  await database.stop()
  process.exit(1)
}

// Node runs Next itself (no npx wrapper), in a process group that superviseChild stops before the database.
superviseChild(process.execPath, [nextBin, 'start', ...process.argv.slice(2)], env, database.stop)
