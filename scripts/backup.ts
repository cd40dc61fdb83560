/**
 * `npm run backup`: one encrypted archive of the database, the stored files (or, with UploadThing, their
 * keys and hashes) and the audit chain's newest hash, named with the time, in NTARS_BACKUP_DIR; then the
 * erasure ledger beside it and all but the newest NTARS_BACKUP_KEEP archives removed (docs/operations.md).
 * Exits 1 when no archive was written.
 */
import { backupDir } from '@/lib/env/backupDir'
import { backupKeep } from '@/lib/env/backupKeep'
import { backupRecipients } from '@/lib/env/backupRecipients'
import { databaseUrl } from '@/lib/env/databaseUrl'
import { uploadsDir } from '@/lib/env/uploadsDir'
import { uploadthingToken } from '@/lib/env/uploadthingToken'
import { createUTApiGetter } from '@/lib/storage/uploadthing/createUTApiGetter'
import { createBackup } from './lib/backup/createBackup'
import { sayIfStoppedEarly } from './lib/sayIfStoppedEarly'

const progress = sayIfStoppedEarly(
  'Backup',
  'Its archive may be missing or incomplete: run the backup again and check it says "Backup written".',
)
try {
  const token = uploadthingToken()
  const started = Date.now()
  const result = await createBackup({
    databaseUrl: databaseUrl(),
    storeDir: uploadsDir(),
    utapi: token ? createUTApiGetter(token)() : undefined,
    recipients: backupRecipients(),
    backupDir: backupDir(),
    keep: backupKeep(),
    onStage: progress.stage,
  })
  progress.finished()
  const { manifest } = result
  const rows = Object.values(manifest.tables).reduce((sum, count) => sum + count, 0)
  const where = manifest.files.store === 'local' ? 'copied in' : 'hashed on UploadThing'
  console.log(`Backup written: ${result.archive}`)
  console.log(
    `  database snapshot of ${manifest.createdAt}: ${Object.keys(manifest.tables).length} tables, ${rows} rows, ${manifest.migrations.length} migrations`,
  )
  console.log(`  files: ${manifest.files.entries.length} ${where}`)
  if (manifest.files.missing.length) {
    console.warn(
      `  ${manifest.files.missing.length} files the database refers to were not in the store, e.g. ${manifest.files.missing
        .slice(0, 3)
        .map((file) => `${file.collection}/${file.filename}`)
        .join(', ')}`,
    )
  }
  const latest = manifest.audit.latest
  console.log(`  audit chain: ${latest ? `entry ${latest.sequence}, hash ${latest.hash}` : 'empty'}`)
  console.log(`  erasure ledger: ${result.ledger} (${manifest.erasures.length} erasures)`)
  if (result.pruned.length)
    console.log(`  removed (older than the newest ${backupKeep()}): ${result.pruned.join(', ')}`)
  console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
} catch (error) {
  progress.finished()
  console.error(`Backup failed: ${(error as Error).message}`)
  process.exitCode = 1
}
