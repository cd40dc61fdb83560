/**
 * The readiness checks behind GET /api/ready (lib/health) on the real test database: ready when every
 * migration in migrations/index.ts is recorded and the upload folders take a file; not ready, naming the
 * failed check and nothing more, when a migration row is missing, a folder cannot be written, the
 * UploadThing token is malformed or PostgreSQL does not answer.
 */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { postgresOf } from '@/lib/database/postgresOf'
import { appReadiness } from '@/lib/health/appReadiness'
import { checkReadiness } from '@/lib/health/checkReadiness'
import { migrations } from '@/migrations'
import { testPayload } from '../helpers/testPayload'

const migrationNames = migrations.map((migration) => migration.name)

let client: pg.Client
let store: string

beforeAll(async () => {
  await testPayload()
  client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
  store = await mkdtemp(path.join(tmpdir(), 'ntars-readiness-'))
})

afterAll(async () => {
  await client?.end()
  if (store) await rm(store, { recursive: true, force: true })
})

describe('readiness checks', () => {
  it('is ready on the migrated database with a writable store, and leaves no probe file behind', async () => {
    const folders = { evidence: path.join(store, 'evidence'), media: path.join(store, 'media') }
    expect(await checkReadiness({ client, migrations: migrationNames, store: { folders } })).toEqual({
      ready: true,
    })
    expect(await readdir(folders.evidence)).toEqual([])
    expect(await readdir(folders.media)).toEqual([])
  })

  it('names a migration the database does not record', async () => {
    const removed = migrationNames.at(-1) as string
    await client.query('begin')
    try {
      await client.query('delete from payload_migrations where name = $1', [removed])
      const readiness = await checkReadiness({
        client,
        migrations: migrationNames,
        store: { folders: { evidence: store } },
      })
      expect(readiness).toEqual({ ready: false, failed: { migrations: `not applied: ${removed}` } })
    } finally {
      await client.query('rollback')
    }
    const { rowCount } = await client.query('select 1 from payload_migrations where name = $1', [removed])
    expect(rowCount).toBe(1)
  })

  it('is not ready when a store folder cannot be written, naming the collection but not the path', async () => {
    // A folder under a regular file cannot be made or written, even by root (permission bits do not bind it).
    const blocker = path.join(store, 'not-a-folder')
    await writeFile(blocker, 'x')
    const readiness = await checkReadiness({
      client,
      migrations: migrationNames,
      store: { folders: { evidence: path.join(blocker, 'evidence'), media: path.join(store, 'media') } },
    })
    expect(readiness).toEqual({ ready: false, failed: { store: 'evidence folder not writable (ENOTDIR)' } })
    expect(JSON.stringify(readiness)).not.toContain(store)
  })

  it('is not ready with a malformed UploadThing token, without repeating it', async () => {
    const token = 'sk_live_not-a-real-token'
    const readiness = await checkReadiness({
      client,
      migrations: migrationNames,
      store: { uploadthingToken: token, folders: {} },
    })
    expect(readiness).toEqual({
      ready: false,
      failed: { store: 'UPLOADTHING_TOKEN is not a valid UploadThing token' },
    })
  })

  it('is not ready when PostgreSQL does not answer, with no connection details', async () => {
    const unreachable = new pg.Pool({
      connectionString: 'postgres://ntars_probe@127.0.0.1:1/ntars_nowhere',
      connectionTimeoutMillis: 2000,
    })
    try {
      const readiness = await checkReadiness({
        client: unreachable,
        migrations: migrationNames,
        store: { folders: { evidence: store } },
      })
      expect(readiness).toEqual({
        ready: false,
        failed: { database: 'not reachable', migrations: 'not checked: the database is not reachable' },
      })
      expect(JSON.stringify(readiness)).not.toMatch(/ntars_probe|ntars_nowhere|127\.0\.0\.1/)
    } finally {
      await unreachable.end()
    }
  })

  it("checks the app's own pool, migrations and upload folders (GET /api/ready)", async () => {
    // The app's list is the one Payload was configured with: migrations/index.ts, every one.
    const expected = postgresOf(await testPayload()).prodMigrations?.map((migration) => migration.name)
    expect(expected).toEqual(migrationNames)
    expect(await appReadiness()).toEqual({ ready: true })
  })
})
