/**
 * `npm run backup:erasures`: the erasure ledger alone, from the live database (every deletion and
 * anonymisation in the audit log), encrypted into NTARS_BACKUP_DIR. A restore of an older archive
 * re-applies the ones recorded after its snapshot; run it often (hourly), and before restoring when the
 * live database can still be read (docs/operations.md).
 */
import { backupDir } from '@/lib/env/backupDir'
import { backupKeep } from '@/lib/env/backupKeep'
import { backupRecipients } from '@/lib/env/backupRecipients'
import { databaseUrl } from '@/lib/env/databaseUrl'
import { exportErasureLedger } from './lib/backup/exportErasureLedger'
import { pruneBackups } from './lib/backup/pruneBackups'

try {
  const dir = backupDir()
  const { file, erasures } = await exportErasureLedger({
    databaseUrl: databaseUrl(),
    backupDir: dir,
    recipients: backupRecipients(),
  })
  await pruneBackups(dir, backupKeep())
  console.log(`Erasure ledger written: ${file} (${erasures} erasures)`)
} catch (error) {
  console.error(`Erasure ledger not written: ${(error as Error).message}`)
  process.exitCode = 1
}
