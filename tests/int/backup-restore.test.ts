/**
 * `npm run backup` and `npm run restore` as an operator runs them, on real PostgreSQL with real image files:
 * the test database is backed up (its tables locked against writers meanwhile, so its row counts are exactly
 * the snapshot's), then restored into a new empty database and store (the wipe: as after losing the
 * server), and every table's row count and every file's SHA-256 must match the source. A non-empty target
 * is refused with nothing written. Erasures made after the backup (a profile deleted and a report
 * anonymised by the retention functions, a report deleted by staff) are re-applied by a restore of the
 * older archive from the erasure ledger, so the restored copy does not bring them back.
 */
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { generateX25519Identity, identityToRecipient } from 'age-encryption'
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'
import pg from 'pg'
import { UTApi } from 'uploadthing/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { anonymisedDescription, anonymisedSummary } from '@/features/retention/anonymisedText'
import { anonymiseIncident } from '@/features/retention/anonymiseIncident'
import { deleteProfile } from '@/features/retention/deleteProfile'
import { readRetentionRules } from '@/features/retention/readRetentionRules'
import { verifyAuditChain } from '@/lib/audit/verifyAuditChain'
import { uploadsDir } from '@/lib/env/uploadsDir'
import { hashUploadthingFiles } from '@/scripts/lib/backup/hashUploadthingFiles'
import { uploadthingMismatches } from '@/scripts/lib/backup/uploadthingMismatches'
import { createDatabase, dropDatabase } from '@/scripts/lib/createDatabase'
import { startUploadthingStandIn } from '@/tests/helpers/uploadthingStandIn'
import { findBySlug, tinyJpeg } from '../helpers/fixtures'
import { endOf, runTsxScript } from '../helpers/runTsxScript'
import { testPayload } from '../helpers/testPayload'

const overrideAccess = true // fixtures and read-back; the scripts are what is under test
const timeout = 300_000

const sourceUrl = process.env.DATABASE_URL ?? ''
const urlOf = (database: string) => {
  const url = new URL(sourceUrl)
  url.pathname = `/${database}`
  return url.toString()
}
const sourceName = new URL(sourceUrl || 'postgres://x/none').pathname.slice(1)
const targetA = `${sourceName}_restore_a`
const targetB = `${sourceName}_restore_b`

let payload: Payload
let work: string
let backupDir: string
let env: NodeJS.ProcessEnv
let archive: string
const storeA = () => path.join(work, 'store-a')
const storeB = () => path.join(work, 'store-b')

/** Runs one of the project's scripts the way `npm run` does, with the test's settings and the given ones. */
const runScript = (script: string, args: string[], extra: Record<string, string>) =>
  runTsxScript(script, args, { ...env, ...extra })

const withClient = async <T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> => {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

const tableNames = async (client: pg.Client): Promise<string[]> =>
  (
    await client.query("select tablename from pg_tables where schemaname = 'public' order by tablename")
  ).rows.map((row: { tablename: string }) => row.tablename)

/** Every table's row count, counted here rather than by the code under test. */
const countRows = async (client: pg.Client): Promise<Record<string, number>> => {
  const counts: Record<string, number> = {}
  for (const table of await tableNames(client)) {
    const { rows } = await client.query(`select count(*)::int as count from public."${table}"`)
    counts[table] = rows[0].count
  }
  return counts
}

/** SHA-256 of every file under the store's upload folders, by `<collection>/<filename>`. */
const hashStore = async (store: string): Promise<Map<string, string>> => {
  const hashes = new Map<string, string>()
  for (const collection of ['evidence', 'media']) {
    const names = await readdir(path.join(store, collection)).catch(() => [] as string[])
    for (const name of names) {
      const bytes = await readFile(path.join(store, collection, name))
      hashes.set(`${collection}/${name}`, createHash('sha256').update(bytes).digest('hex'))
    }
  }
  return hashes
}

/** The files the database's upload rows name (originals and every image size), by `<collection>/<filename>`. */
const filesNamedBy = async (client: pg.Client): Promise<string[]> => {
  const { rows } = await client.query(
    `select 'evidence/' || name as file from evidence,
        unnest(array[filename, sizes_thumbnail_filename]) as name where name is not null
      union select 'media/' || name from media,
        unnest(array[filename, sizes_card_filename, sizes_hero_filename]) as name where name is not null`,
  )
  return rows.map((row: { file: string }) => row.file)
}

const inOwnTransaction = async (req: PayloadRequest, work: () => Promise<void>) => {
  await initTransaction(req)
  await work()
  await commitTransaction(req)
}

const fx = {} as {
  profile: number
  profilePhoto: { id: number; files: string[] }
  recognition: number
  oldReport: number
  oldReportFile: { id: number; files: string[] }
  deletedReport: number
  media: { id: number; files: string[] }
}
let sourceCounts: Record<string, number>
let sourceHashes: Map<string, string>

const filesOf = (doc: {
  filename?: string | null
  sizes?: Record<string, { filename?: string | null }> | null
}) =>
  [doc.filename, ...Object.values(doc.sizes ?? {}).map((size) => size.filename)].filter(
    (name): name is string => Boolean(name),
  )

beforeAll(async () => {
  payload = await testPayload()
  work = await mkdtemp(path.join(os.tmpdir(), 'ntars-backup-test-'))
  backupDir = path.join(work, 'backups')
  const identity = await generateX25519Identity()
  const identityFile = path.join(work, 'identity.txt')
  await writeFile(identityFile, `# a key made for this test\n${identity}\n`, { mode: 0o600 })
  env = {
    ...process.env,
    NTARS_BACKUP_RECIPIENT: await identityToRecipient(identity),
    NTARS_BACKUP_IDENTITY_FILE: identityFile,
    NTARS_BACKUP_DIR: backupDir,
    NTARS_AUDIT_ANCHOR_DIR: path.join(work, 'anchors'),
    NTARS_JOBS: 'off',
  }
  for (const name of [targetA, targetB]) await dropDatabase(urlOf('postgres'), name)

  const business = await findBySlug(payload, 'copper-kettle-cafe')
  const image = await tinyJpeg()
  const upload = (collection: 'evidence' | 'media', name: string, data: Record<string, unknown>) =>
    payload.create({
      collection,
      data,
      file: { data: image, mimetype: 'image/jpeg', name: `backup-${name}.jpg`, size: image.length },
      depth: 0,
      overrideAccess,
    } as never) as Promise<{
      id: number
      filename?: string | null
      sizes?: Record<string, { filename?: string | null }>
    }>
  const media = await upload('media', 'campaign', { alt: 'Backup fixture' })
  fx.media = { id: media.id, files: filesOf(media) }
  const photo = await upload('evidence', 'photo', { kind: 'offender-photo' })
  fx.profilePhoto = { id: photo.id, files: filesOf(photo) }
  fx.profile = Number(
    (
      await payload.create({
        collection: 'offenders',
        data: {
          firstName: 'Backup',
          lastName: 'Fixture',
          gallery: 'known',
          status: 'archived',
          archivedAt: '2001-02-01T12:00:00.000Z',
          photos: [photo.id],
        },
        depth: 0,
        context: { skipDuplicateCheck: true },
        overrideAccess,
      } as never)
    ).id,
  )
  fx.recognition = Number(
    (
      await payload.create({
        collection: 'recognitions',
        data: {
          offender: fx.profile,
          recognisedAt: new Date().toISOString(),
          source: 'cctv',
          confidence: 'certain',
        },
        depth: 0,
        overrideAccess,
      } as never)
    ).id,
  )
  const report = (summary: string) =>
    payload.create({
      collection: 'incidents',
      data: {
        type: 'theft',
        occurredAt: '2001-03-01T12:00:00.000Z',
        business: business.id,
        summary,
        description: `${summary}: a fictional person took a fictional kettle.`,
        spot: 'till 1',
        status: 'submitted',
      },
      depth: 0,
      overrideAccess,
    } as never) as Promise<{ id: number }>
  fx.oldReport = (await report('Backup fixture to anonymise')).id
  const still = await upload('evidence', 'still', { kind: 'cctv-still', incident: fx.oldReport })
  fx.oldReportFile = { id: still.id, files: filesOf(still) }
  fx.deletedReport = (await report('Backup fixture to delete')).id
}, timeout)

afterAll(async () => {
  for (const name of [targetA, targetB]) await dropDatabase(urlOf('postgres'), name).catch(() => {})
  if (work) await rm(work, { recursive: true, force: true })
})

describe('backup and restore', () => {
  it(
    'backs up, and restores into an empty database and store every row and every file as they were',
    async () => {
      // Writers wait while the backup runs (pg_dump's reads do not), so these counts are the snapshot's.
      const backup = await withClient(sourceUrl, async (client) => {
        await client.query('begin')
        const tables = (await tableNames(client)).map((table) => `public."${table}"`).join(', ')
        await client.query(`lock table ${tables} in share mode`)
        sourceCounts = await countRows(client)
        sourceHashes = await hashStore(uploadsDir())
        const run = await runScript('scripts/backup.ts', [], {})
        await client.query('commit')
        return run
      })
      expect(backup.output, endOf(backup)).toContain('Backup written')
      expect(backup.code).toBe(0)
      const names = await readdir(backupDir)
      const archives = names.filter((name) =>
        /^ntars-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z\.tar\.age$/.test(name),
      )
      expect(archives).toHaveLength(1)
      expect(names.some((name) => name.startsWith('ntars-erasures-'))).toBe(true)
      archive = path.join(backupDir, archives[0] as string)
      // Encrypted: nothing of the dump or the files readable in the archive.
      const head = (await readFile(archive)).subarray(0, 64).toString('latin1')
      expect(head.startsWith('age-encryption.org/v1')).toBe(true)
      expect((await readFile(archive)).includes(Buffer.from('Backup fixture to anonymise'))).toBe(false)

      await createDatabase(urlOf('postgres'), targetA)
      const restore = await runScript('scripts/restore.ts', [archive], {
        DATABASE_URL: urlOf(targetA),
        NTARS_STORAGE_DIR: storeA(),
      })
      expect(restore.output, endOf(restore)).toContain('Restore verified.')
      expect(restore.code).toBe(0)

      const restoredCounts = await withClient(urlOf(targetA), countRows)
      expect(restoredCounts).toEqual(sourceCounts)
      expect(Object.keys(restoredCounts).length).toBeGreaterThan(20)

      const restoredHashes = await hashStore(storeA())
      const named = await withClient(urlOf(targetA), filesNamedBy)
      const expected = named.filter((file) => sourceHashes.has(file))
      for (const file of [
        ...fx.media.files.map((name) => `media/${name}`),
        ...fx.profilePhoto.files.map((name) => `evidence/${name}`),
      ]) {
        expect(expected).toContain(file)
      }
      expect([...restoredHashes.keys()].sort()).toEqual([...expected].sort())
      for (const file of expected) expect(restoredHashes.get(file), file).toBe(sourceHashes.get(file))

      const chain = await withClient(urlOf(targetA), (client) => verifyAuditChain(client))
      expect(chain.intact).toBe(true)
      const verify = await runScript('scripts/audit-verify.ts', [], { DATABASE_URL: urlOf(targetA) })
      expect(verify.output, endOf(verify)).toContain('Audit log intact')
      expect(verify.code).toBe(0)
    },
    timeout,
  )

  it(
    'refuses a target database or store that is not empty, writing nothing',
    async () => {
      const before = await withClient(urlOf(targetA), countRows)
      const filesBefore = await hashStore(storeA())
      const intoFull = await runScript('scripts/restore.ts', [archive], {
        DATABASE_URL: urlOf(targetA),
        NTARS_STORAGE_DIR: path.join(work, 'store-unused'),
      })
      expect(intoFull.code).toBe(1)
      expect(intoFull.output, endOf(intoFull)).toMatch(/target database is not empty.*Nothing was written/)
      expect(await withClient(urlOf(targetA), countRows)).toEqual(before)
      expect(existsSync(path.join(work, 'store-unused'))).toBe(false)

      await createDatabase(urlOf('postgres'), targetB)
      const intoFullStore = await runScript('scripts/restore.ts', [archive], {
        DATABASE_URL: urlOf(targetB),
        NTARS_STORAGE_DIR: storeA(),
      })
      expect(intoFullStore.code).toBe(1)
      expect(intoFullStore.output, endOf(intoFullStore)).toMatch(
        /target file store .* is not empty.*Nothing was written/,
      )
      expect(await withClient(urlOf(targetB), tableNames)).toEqual([])
      expect(await hashStore(storeA())).toEqual(filesBefore)
    },
    timeout,
  )

  it(
    're-applies the erasures recorded after the snapshot when an older archive is restored',
    async () => {
      const req = await createLocalReq({}, payload)
      const rules = await readRetentionRules(req)
      await inOwnTransaction(req, () =>
        deleteProfile(req, fx.profile, { from: new Date('2001-02-01T12:00:00.000Z'), at: new Date() }, rules),
      )
      const report = await payload.findByID({
        collection: 'incidents',
        id: fx.oldReport,
        depth: 0,
        overrideAccess,
      })
      await inOwnTransaction(req, () => anonymiseIncident(req, report, rules, new Date()))
      const anonymisedAt = (
        await payload.findByID({ collection: 'incidents', id: fx.oldReport, depth: 0, overrideAccess })
      ).anonymisedAt
      // A staff deletion (a subject's erasure request): audit-logged by the collection's own hook.
      await payload.delete({ collection: 'incidents', id: fx.deletedReport, overrideAccess })

      // Erasures are read from the live database's audit log into a new ledger beside the archives.
      const ledger = await runScript('scripts/backup-erasures.ts', [], {})
      expect(ledger.output, endOf(ledger)).toContain('Erasure ledger written')
      expect(ledger.code).toBe(0)

      const restore = await runScript('scripts/restore.ts', [archive], {
        DATABASE_URL: urlOf(targetB),
        NTARS_STORAGE_DIR: storeB(),
      })
      expect(restore.output, endOf(restore)).toMatch(
        /Erasures: ledger ntars-erasures-.*: 3 re-applied, 0 already gone\./,
      )
      expect(restore.output, endOf(restore)).toContain('Restore verified.')
      expect(restore.code).toBe(0)

      // The older restore (A, before these erasures) still holds everything: the archive did have them.
      await withClient(urlOf(targetA), async (client) => {
        expect((await client.query('select id from offenders where id = $1', [fx.profile])).rowCount).toBe(1)
        expect(
          (await client.query('select id from incidents where id = $1', [fx.deletedReport])).rowCount,
        ).toBe(1)
      })
      await withClient(urlOf(targetB), async (client) => {
        const one = async (sql: string, id: number) => (await client.query(sql, [id])).rowCount
        expect(await one('select id from offenders where id = $1', fx.profile)).toBe(0)
        expect(await one('select id from recognitions where id = $1', fx.recognition)).toBe(0)
        expect(await one('select id from evidence where id = $1', fx.profilePhoto.id)).toBe(0)
        expect(await one('select id from evidence where id = $1', fx.oldReportFile.id)).toBe(0)
        expect(await one('select id from incidents where id = $1', fx.deletedReport)).toBe(0)
        const { rows } = await client.query(
          'select summary, description, spot, reporter_id, anonymised_at from incidents where id = $1',
          [fx.oldReport],
        )
        expect(rows[0]).toMatchObject({
          summary: anonymisedSummary,
          description: anonymisedDescription,
          spot: null,
          reporter_id: null,
        })
        // Dated by its audit entry, written in the same transaction a moment after the report changed.
        const drift = new Date(rows[0].anonymised_at).getTime() - new Date(anonymisedAt as string).getTime()
        expect(Math.abs(drift)).toBeLessThan(5_000)
        const reapplied = await client.query(
          "select count(*)::int as count from audit_log where summary like 'Restore: deleted %'",
        )
        expect(reapplied.rows[0].count).toBe(2)
        expect((await verifyAuditChain(client)).intact).toBe(true)
      })
      for (const name of [...fx.profilePhoto.files, ...fx.oldReportFile.files]) {
        expect(existsSync(path.join(storeA(), 'evidence', name)), name).toBe(true)
        expect(existsSync(path.join(storeB(), 'evidence', name)), name).toBe(false)
      }
      expect(existsSync(path.join(storeB(), 'media', fx.media.files[0] as string))).toBe(true)
    },
    timeout,
  )
})

describe('backups with UploadThing as the store', () => {
  it('keep each key with the SHA-256 of its bytes, and the restore check finds a file changed or lost since', async () => {
    const standIn = await startUploadthingStandIn()
    try {
      const utapi = new UTApi({ token: standIn.token, ...standIn.endpoints, logLevel: 'Fatal' })
      const bytes = await tinyJpeg()
      const sha256 = createHash('sha256').update(bytes).digest('hex')
      for (const key of ['key-a', 'key-b'])
        standIn.files.set(key, { key, name: `${key}.webp`, type: 'image/webp', acl: 'private', bytes })
      const files = await hashUploadthingFiles(utapi, [
        { collection: 'evidence', filename: 'a.webp', key: 'key-a' },
        { collection: 'evidence', filename: 'b.webp', key: 'key-b' },
        { collection: 'media', filename: 'no-key.webp' },
      ])
      expect(files.store).toBe('uploadthing')
      expect(files.entries).toEqual([
        { collection: 'evidence', filename: 'a.webp', key: 'key-a', sha256, bytes: bytes.length },
        { collection: 'evidence', filename: 'b.webp', key: 'key-b', sha256, bytes: bytes.length },
      ])
      expect(files.missing).toEqual([{ collection: 'media', filename: 'no-key.webp' }])
      expect(await uploadthingMismatches(utapi, files.entries)).toEqual([])

      standIn.files.delete('key-a')
      const changed = standIn.files.get('key-b')
      if (changed) changed.bytes = Buffer.from('not the same image')
      expect(await uploadthingMismatches(utapi, files.entries)).toEqual([
        'evidence/a.webp (key-a)',
        'evidence/b.webp (key-b)',
      ])
    } finally {
      await standIn.close()
    }
  })
})
