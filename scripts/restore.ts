/**
 * `npm run restore -- <archive> [--erasures <ledger>] [--without-erasures]`: restores an archive written by
 * `npm run backup` into an EMPTY database (DATABASE_URL) and store (NTARS_STORAGE_DIR, or UploadThing), with
 * the private key in NTARS_BACKUP_IDENTITY_FILE. Re-applies the erasures recorded after the snapshot from the
 * newest erasure ledger beside the archive (or the one given), then checks row counts, file hashes and the
 * audit chain and prints the result. Refuses a non-empty target, writing nothing. Exits 1 on any failure.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
// Imported with the script, not with `await import()` when the erasures are re-applied: that late import
// hung (the loader thread never answered: docs/node-loader-stall.md), with the database connection keeping
// the process alive. The config reads NTARS_JOBS only when Payload starts (below), not on import.
import config from '@payload-config'
import { getPayload } from 'payload'
import { auditAnchorDir } from '@/lib/env/auditAnchorDir'
import { backupIdentityFile } from '@/lib/env/backupIdentityFile'
import { databaseUrl } from '@/lib/env/databaseUrl'
import { uploadsDir } from '@/lib/env/uploadsDir'
import { uploadthingToken } from '@/lib/env/uploadthingToken'
import { createUTApiGetter } from '@/lib/storage/uploadthing/createUTApiGetter'
import { findErasureLedger } from './lib/backup/findErasureLedger'
import { readIdentity } from './lib/backup/readIdentity'
import { type RestoreReport, restoreBackup } from './lib/backup/restoreBackup'
import { sayIfStoppedEarly } from './lib/sayIfStoppedEarly'

const usage =
  'Usage: npm run restore -- <archive.tar.age> [--erasures <ledger.json.age>] [--without-erasures]'

const parseArguments = (args: string[]) => {
  try {
    const { values, positionals } = parseArgs({
      args,
      options: { erasures: { type: 'string' }, 'without-erasures': { type: 'boolean' } },
      allowPositionals: true,
    })
    if (positionals.length !== 1 || (values.erasures && values['without-erasures'])) return null
    return {
      archive: positionals[0] as string,
      erasures: values.erasures,
      withoutErasures: Boolean(values['without-erasures']),
    }
  } catch {
    return null
  }
}

const print = (report: RestoreReport, target: string) => {
  console.log(`Restored the backup of ${report.createdAt} into ${target}.`)
  console.log(
    report.tableMismatches.length
      ? `Tables: ${report.tableMismatches.length} of ${report.tablesChecked} differ from the backup:\n  ${report.tableMismatches.join('\n  ')}`
      : `Tables: ${report.tablesChecked} checked, every row count as in the backup.`,
  )
  console.log(
    report.fileMismatches.length
      ? `Files: ${report.fileMismatches.length} of ${report.filesChecked} do not match their SHA-256:\n  ${report.fileMismatches.join('\n  ')}`
      : `Files: ${report.filesChecked} checked, every SHA-256 as in the backup.`,
  )
  if (report.missingAtBackup)
    console.warn(`  ${report.missingAtBackup} files were already missing from the store when the backup ran.`)
  if (report.missingNow.length)
    console.error(
      `  ${report.missingNow.length} files the restored database refers to are missing: ${report.missingNow.slice(0, 10).join(', ')}`,
    )
  if (!report.ledger) {
    console.warn(
      'Erasures: NOT re-applied (--without-erasures). Do not put this copy in service before re-applying them.',
    )
  } else {
    const { applied, alreadyGone, failed } = report.erasures
    console.log(
      `Erasures: ledger ${path.basename(report.ledger.file)} (exported ${report.ledger.exportedAt}): ${applied} re-applied, ${alreadyGone} already gone${failed.length ? `, ${failed.length} FAILED` : ''}.`,
    )
    for (const failure of failed) console.error(`  ${failure}`)
    console.log(
      `  Erasures recorded after ${report.ledger.exportedAt} are not in this ledger and were not re-applied.`,
    )
  }
  const { chain } = report.audit
  console.log(
    chain.intact
      ? `Audit log intact: ${chain.checked} entries, each chained to the one before.`
      : `The audit log fails the chain check: ${chain.broken.length} of ${chain.checked} entries (first at #${chain.firstBreak.sequence ?? 'none'}: ${chain.firstBreak.kind}).`,
  )
  if (report.audit.anchorsChecked) {
    console.log(
      `Audit anchors: ${report.audit.anchorsChecked} checked, ${report.audit.anchorProblems.length} failing.`,
    )
    for (const { file, problem } of report.audit.anchorProblems) console.error(`  ${file}: ${problem}`)
  }
  if (report.audit.newerAnchors.length) {
    console.warn(
      `  ${report.audit.newerAnchors.length} anchors are of entries written after the backup (lost with the restore): move them out of the anchor folder, and keep them, before running npm run audit:verify: ${report.audit.newerAnchors.join(', ')}`,
    )
  }
  console.log(report.ok ? 'Restore verified.' : 'Restore FAILED its checks: do not put this copy in service.')
}

const parsed = parseArguments(process.argv.slice(2))
const progress = sayIfStoppedEarly(
  'Restore',
  'Nothing was verified: do not put this copy in service. Drop the target database, empty the target store and run the restore again.',
)
if (!parsed) {
  progress.finished()
  console.error(usage)
  process.exit(2)
}
const { archive, erasures, withoutErasures } = parsed
try {
  progress.stage('reading the private key and finding the erasure ledger')
  const identity = await readIdentity(backupIdentityFile())
  const ledgerFile = withoutErasures ? null : (erasures ?? (await findErasureLedger(path.dirname(archive))))
  if (!withoutErasures && !ledgerFile) {
    throw new Error(
      `No erasure ledger (ntars-erasures-*.json.age) beside ${archive}. Bring the newest one (npm run backup:erasures writes one from the live database) and pass --erasures <file>, or pass --without-erasures to restore without re-applying erasures. Nothing was written.`,
    )
  }
  // A one-off script: the jobs queue's timers would keep it alive and must not run here.
  process.env.NTARS_JOBS ??= 'off'
  const url = databaseUrl()
  const token = uploadthingToken()
  const storeDir = uploadsDir()
  const report = await restoreBackup({
    archive,
    identity,
    databaseUrl: url,
    storeDir,
    utapi: token ? createUTApiGetter(token)() : undefined,
    ledgerFile,
    anchorDir: auditAnchorDir(),
    openPayload: () => getPayload({ config }),
    onStage: progress.stage,
  })
  const target = `database ${new URL(url).pathname.slice(1)} and ${token ? 'UploadThing' : `store ${storeDir}`}`
  progress.finished()
  print(report, target)
  process.exit(report.ok ? 0 : 1)
} catch (error) {
  progress.finished()
  console.error(`Restore failed: ${(error as Error).message}`)
  process.exit(1)
}
