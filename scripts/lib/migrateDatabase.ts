import pg from 'pg'
import { missingMigrations } from '@/lib/health/missingMigrations'
import { migrations } from '@/migrations'
import { run } from './run'

const unappliedMigrations = async (url: string): Promise<string[]> => {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await missingMigrations(
      client,
      migrations.map((migration) => migration.name),
    )
  } finally {
    await client.end()
  }
}

/**
 * Applies the committed migrations with `payload migrate`, then checks the database really records every
 * one in migrations/index.ts (the same check as GET /api/ready): the CLI has been seen to exit 0 without
 * doing anything (about one run in ten on a busy machine, before .npmrc avoided the loader stall behind it:
 * docs/node-loader-stall.md), so its exit code is not trusted and it is run again. Throws,
 * naming what is missing, when three runs leave any migration unapplied.
 *
 * Several app servers starting at once (docs/deploy.md) would otherwise run `payload migrate` side by
 * side, and Payload takes no lock of its own: each start holds a PostgreSQL advisory lock while it
 * migrates, so the others wait and then find nothing left to do.
 */
export const migrateDatabase = async (env: NodeJS.ProcessEnv) => {
  const url = env.DATABASE_URL
  if (!url) throw new Error('DATABASE_URL is not set')
  const lock = new pg.Client({ connectionString: url, application_name: 'ntars-migrate' })
  await lock.connect()
  try {
    await lock.query('SELECT pg_advisory_lock(hashtext($1))', ['ntars-migrations'])
    await migrateUnlocked(env, url)
  } finally {
    await lock.end().catch(() => undefined) // ending the session releases the lock
  }
}

const migrateUnlocked = async (env: NodeJS.ProcessEnv, url: string) => {
  let missing: string[] = []
  for (let attempt = 1; attempt <= 3; attempt++) {
    await run('npx', ['payload', 'migrate'], { env })
    missing = await unappliedMigrations(url)
    if (!missing.length) return
    console.warn(
      `payload migrate left ${missing.length} migration(s) unapplied (attempt ${attempt}); trying again.`,
    )
  }
  throw new Error(`Migrations could not be applied; still missing: ${missing.join(', ')}.`)
}
