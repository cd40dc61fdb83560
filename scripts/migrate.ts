/**
 * `npm run migrate`: applies every pending migration to DATABASE_URL (or the embedded PostgreSQL that
 * `npm start` would use), then checks that the database records each one in migrations/index.ts. Exits 1
 * with the names of any still missing, so an upgrade never goes on against a half-migrated database.
 */
import { localDatabaseUrl } from './lib/localDatabaseUrl'
import { migrateDatabase } from './lib/migrateDatabase'

const database = await localDatabaseUrl()
let failed = false
try {
  await migrateDatabase({ ...process.env, DATABASE_URL: database.url })
  console.log('Every migration is applied.')
} catch (error) {
  failed = true
  console.error(`npm run migrate failed: ${error instanceof Error ? error.message : error}`)
} finally {
  await database.stop()
}
process.exit(failed ? 1 : 0)
