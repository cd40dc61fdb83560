import { readdirSync } from 'node:fs'
import pg from 'pg'
import { run } from './run'

const committedMigrations = () =>
  readdirSync('migrations')
    .filter((file) => /^\d{8}_\d{6}_.+\.ts$/.test(file))
    .map((file) => file.replace(/\.ts$/, ''))

const appliedMigrations = async (url: string): Promise<Set<string>> => {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const table = await client.query("select to_regclass('public.payload_migrations') as name")
    if (!(table.rows[0] as { name: string | null }).name) return new Set()
    const { rows } = await client.query('select name from payload_migrations')
    return new Set((rows as { name: string }[]).map((row) => row.name))
  } finally {
    await client.end()
  }
}

/**
 * Applies the committed migrations with `payload migrate`, then checks the database really has every one
 * of them: the CLI has been seen to exit 0 without doing anything (about one run in ten on a busy machine),
 * so it is retried rather than trusted.
 */
export const migrateDatabase = async (env: NodeJS.ProcessEnv) => {
  const url = env.DATABASE_URL
  if (!url) throw new Error('DATABASE_URL is not set')
  const wanted = committedMigrations()
  for (let attempt = 1; attempt <= 3; attempt++) {
    await run('npx', ['payload', 'migrate'], { env })
    const applied = await appliedMigrations(url)
    const missing = wanted.filter((name) => !applied.has(name))
    if (!missing.length) return
    console.warn(
      `payload migrate left ${missing.length} migration(s) unapplied (attempt ${attempt}); trying again.`,
    )
  }
  throw new Error('Migrations could not be applied.')
}
