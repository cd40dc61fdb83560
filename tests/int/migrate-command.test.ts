/**
 * `npm run migrate` is the reliable command the README names: on an empty database it applies and records
 * every migration in migrations/index.ts (checking, not trusting, the Payload CLI's exit code), on a migrated
 * one it changes nothing and exits 0, and when it cannot migrate it exits non-zero saying so.
 */
import { spawn } from 'node:child_process'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { migrations } from '@/migrations'
import { createDatabase, dropDatabase } from '../../scripts/lib/createDatabase'

const database = `ntars_test_migrate_${process.pid}`

/** The test server's URL for another database (DATABASE_URL names the shared test database). */
const urlOf = (name: string) => {
  const url = new URL(process.env.DATABASE_URL as string)
  url.pathname = `/${name}`
  return url.toString()
}

const npmRunMigrate = (databaseUrl: string): Promise<{ code: number | null; output: string }> =>
  new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', 'migrate'], {
      env: { ...process.env, DATABASE_URL: databaseUrl, NTARS_JOBS: 'off' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => {
      output += chunk
    })
    child.stderr.on('data', (chunk) => {
      output += chunk
    })
    child.on('error', reject)
    // 'close' waits for the pipes to be read to the end; 'exit' may come first.
    child.on('close', (code) => resolve({ code, output }))
  })

const recorded = async () => {
  const client = new pg.Client({ connectionString: urlOf(database) })
  await client.connect()
  try {
    const { rows } = await client.query(
      'select name, batch::int as batch from payload_migrations order by name',
    )
    return rows as { name: string; batch: number }[]
  } finally {
    await client.end()
  }
}

beforeAll(async () => {
  if (!process.env.DATABASE_URL?.includes('ntars_test')) throw new Error('Run the tests with `npm test`.')
  await dropDatabase(urlOf('postgres'), database)
  await createDatabase(urlOf('postgres'), database)
})

afterAll(async () => {
  await dropDatabase(urlOf('postgres'), database)
})

describe('npm run migrate', () => {
  const expected = migrations.map((migration) => ({ name: migration.name, batch: 1 }))

  it('applies and records every migration on an empty database', { timeout: 240_000 }, async () => {
    const { code, output } = await npmRunMigrate(urlOf(database))
    expect(code, output).toBe(0)
    expect(output).toContain('Every migration is applied.')
    expect(await recorded()).toEqual(expected)
  })

  it('exits 0 on a migrated database and applies nothing again', { timeout: 240_000 }, async () => {
    const { code, output } = await npmRunMigrate(urlOf(database))
    expect(code, output).toBe(0)
    expect(await recorded()).toEqual(expected)
  })

  it('exits non-zero, saying so, when it cannot migrate', { timeout: 240_000 }, async () => {
    const { code, output } = await npmRunMigrate('postgres://postgres@127.0.0.1:1/ntars_test_nowhere')
    expect(code).not.toBe(0)
    expect(output).toContain('npm run migrate failed')
  })
})
