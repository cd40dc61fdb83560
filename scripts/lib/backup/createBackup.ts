import { access, mkdir, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import type { UTApi } from 'uploadthing/server'
import { latestAuditEntry } from '@/lib/audit/latestAuditEntry'
import packageJson from '@/package.json' with { type: 'json' }
import { addFileToArchive } from './addFileToArchive'
import { addJsonToArchive } from './addJsonToArchive'
import { addStoredFiles } from './addStoredFiles'
import { backupFileName } from './backupFileName'
import { type BackupManifest, backupFormat } from './backupManifest'
import { dumpDatabase } from './dumpDatabase'
import { hashUploadthingFiles } from './hashUploadthingFiles'
import { migrationNames } from './migrationNames'
import { pruneBackups } from './pruneBackups'
import { readErasureLedgerNow } from './readErasureLedgerNow'
import { referencedFiles } from './referencedFiles'
import { tableRowCounts } from './tableRowCounts'
import { writeEncryptedArchive } from './writeEncryptedArchive'
import { writeErasureLedger } from './writeErasureLedger'

export type BackupSettings = {
  databaseUrl: string
  /** The local file store; ignored when `utapi` is given (UploadThing keeps the files). */
  storeDir: string
  utapi?: UTApi
  recipients: string[]
  backupDir: string
  keep: number
  /** Told what the backup does next, so a backup that stops can say where (scripts/lib/sayIfStoppedEarly.ts). */
  onStage?: (stage: string) => void
}

export type BackupResult = { archive: string; ledger: string; manifest: BackupManifest; pruned: string[] }

type SnapshotRow = { snapshot: string; taken_at: Date; server_version: string }

/**
 * `npm run backup`: one archive holding the database (pg_dump of an exported snapshot), the stored files the
 * snapshot refers to, and a manifest of what it held (tables and row counts, migrations, file hashes, the
 * audit chain's newest entry, the erasures so far), encrypted with age as it is written. Then the erasure
 * ledger beside it, and old archives pruned. The plain dump exists only in a private temporary folder.
 */
export const createBackup = async (settings: BackupSettings): Promise<BackupResult> => {
  const stage = settings.onStage ?? (() => {})
  stage('taking the database snapshot')
  await mkdir(settings.backupDir, { recursive: true, mode: 0o700 })
  const work = await mkdtemp(path.join(os.tmpdir(), 'ntars-backup-'))
  const client = new pg.Client({ connectionString: settings.databaseUrl })
  await client.connect()
  try {
    // One snapshot for the dump and for everything the manifest says about it.
    await client.query('begin isolation level repeatable read, read only')
    const { rows } = await client.query(
      `select pg_export_snapshot() as snapshot, now() as taken_at, current_setting('server_version') as server_version`,
    )
    const snapshot = rows[0] as SnapshotRow
    const dumpFile = path.join(work, 'database.dump')
    const [, contents] = await Promise.all([
      dumpDatabase({ databaseUrl: settings.databaseUrl, snapshot: snapshot.snapshot, file: dumpFile }),
      (async () => ({
        tables: await tableRowCounts(client),
        migrations: await migrationNames(client),
        latest: await latestAuditEntry(client),
        ledger: await readErasureLedgerNow(client),
        files: await referencedFiles(client),
      }))(),
    ])
    await client.query('commit')

    const createdAt = new Date(snapshot.taken_at)
    const archive = path.join(settings.backupDir, backupFileName('archive', createdAt))
    const taken = await access(archive).then(
      () => true,
      () => false,
    )
    if (taken) throw new Error(`${archive} already exists: one backup per second at most.`)
    let manifest: BackupManifest | undefined
    stage('writing the encrypted archive')
    await writeEncryptedArchive(archive, settings.recipients, async (pack) => {
      const dump = await addFileToArchive(pack, 'database.dump', dumpFile)
      const files = settings.utapi
        ? await hashUploadthingFiles(settings.utapi, contents.files)
        : await addStoredFiles(pack, settings.storeDir, contents.files)
      manifest = {
        format: backupFormat,
        createdAt: createdAt.toISOString(),
        appVersion: packageJson.version,
        database: { path: 'database.dump', ...dump, serverVersion: snapshot.server_version },
        migrations: contents.migrations,
        tables: contents.tables,
        files,
        audit: { latest: contents.latest },
        erasures: contents.ledger.erasures,
      }
      await addJsonToArchive(pack, 'manifest.json', manifest)
    })
    stage('writing the erasure ledger')
    const ledger = await writeErasureLedger(settings.backupDir, settings.recipients, contents.ledger)
    stage('removing backups older than the newest kept')
    const pruned = await pruneBackups(settings.backupDir, settings.keep)
    return { archive, ledger, manifest: manifest as BackupManifest, pruned }
  } finally {
    stage('closing the database connection and removing the working copy')
    await client.end()
    await rm(work, { recursive: true, force: true })
  }
}
