import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import pg from 'pg'
import type { UTApi } from 'uploadthing/server'
import { copyFilesToStore } from './copyFilesToStore'
import { databaseObjectCount } from './databaseObjectCount'
import { type ErasureLedger, erasureLedger } from './erasureLedger'
import { erasuresToReapply } from './erasuresToReapply'
import { extractArchive } from './extractArchive'
import { missingStoreFiles } from './missingStoreFiles'
import { readEncryptedJson } from './readEncryptedJson'
import { readStagedManifest } from './readStagedManifest'
import { type ReapplyOutcome, reapplyErasures } from './reapplyErasures'
import { restoreDatabase } from './restoreDatabase'
import { type RestoredAuditStatus, restoredAuditStatus } from './restoredAuditStatus'
import { RestoreRefused } from './restoreRefused'
import { stagedArchiveProblems } from './stagedArchiveProblems'
import { storeFileCount } from './storeFileCount'
import { tableCountMismatches } from './tableCountMismatches'
import { uploadthingMismatches } from './uploadthingMismatches'

export type RestoreSettings = {
  archive: string
  identity: string
  /** The target: an empty database. Payload (`openPayload`) must be configured for the same one. */
  databaseUrl: string
  /** The target local store, empty; ignored when `utapi` is given (UploadThing keeps the files). */
  storeDir: string
  utapi?: UTApi
  /** The erasure ledger to re-apply, or null to restore without (the caller has made that choice). */
  ledgerFile: string | null
  anchorDir: string
  openPayload: () => Promise<Payload>
  /** Told what the restore does next, so a restore that stops can say where (scripts/lib/sayIfStoppedEarly.ts). */
  onStage?: (stage: string) => void
}

export type RestoreReport = {
  createdAt: string
  tablesChecked: number
  tableMismatches: string[]
  filesChecked: number
  fileMismatches: string[]
  /** Files the database named that were already missing when the backup ran. */
  missingAtBackup: number
  /** Files the restored database names that the store lacks, other than those missing at backup time. */
  missingNow: string[]
  ledger: { file: string; exportedAt: string } | null
  erasures: ReapplyOutcome
  audit: RestoredAuditStatus
  ok: boolean
}

const refuseUnlessEmpty = async (client: pg.Client, settings: RestoreSettings) => {
  const objects = await databaseObjectCount(client)
  if (objects) {
    throw new RestoreRefused(
      `The target database is not empty (${objects} tables, sequences or other objects). Restore only into a newly created, empty database. Nothing was written.`,
    )
  }
  const files = settings.utapi ? 0 : await storeFileCount(settings.storeDir)
  if (files) {
    throw new RestoreRefused(
      `The target file store ${settings.storeDir} is not empty (${files} files). Point NTARS_STORAGE_DIR at an empty or new folder. Nothing was written.`,
    )
  }
}

const readLedger = async (file: string, identity: string): Promise<ErasureLedger> => {
  const parsed = erasureLedger.safeParse(await readEncryptedJson(file, identity))
  if (!parsed.success)
    throw new RestoreRefused(`${file} is not an NTARS erasure ledger. Nothing was written.`)
  return parsed.data
}

/**
 * `npm run restore`: into an empty database and store only. Everything that can refuse does so before the
 * first write: the target is checked empty, the archive decrypted and unpacked into a private temporary
 * folder and checked against its manifest, the erasure ledger checked to be of the same history. Then the
 * dump is loaded, the files copied back and hashed, row counts compared, erasures recorded after the
 * snapshot re-applied, and the audit chain and anchors verified.
 */
export const restoreBackup = async (settings: RestoreSettings): Promise<RestoreReport> => {
  const client = new pg.Client({ connectionString: settings.databaseUrl })
  await client.connect()
  const staging = await mkdtemp(path.join(os.tmpdir(), 'ntars-restore-'))
  try {
    const stage = settings.onStage ?? (() => {})
    stage('checking the target is empty')
    await refuseUnlessEmpty(client, settings)
    stage('decrypting and unpacking the archive')
    const staged = await extractArchive(settings.archive, settings.identity, staging)
    const manifest = await readStagedManifest(staging)
    const problems = stagedArchiveProblems(manifest, staged)
    if (problems.length) {
      throw new RestoreRefused(
        `The archive does not match its manifest (${problems.slice(0, 5).join('; ')}). Nothing was written.`,
      )
    }
    const ledger = settings.ledgerFile ? await readLedger(settings.ledgerFile, settings.identity) : null
    const toReapply = ledger ? erasuresToReapply(manifest, ledger) : { ok: true as const, erasures: [] }
    if (!toReapply.ok) throw new RestoreRefused(`${toReapply.problem} Nothing was written.`)

    stage('loading the database dump')
    await restoreDatabase({ databaseUrl: settings.databaseUrl, file: path.join(staging, 'database.dump') })
    stage('copying and checking the files')
    const fileMismatches = settings.utapi
      ? await uploadthingMismatches(settings.utapi, manifest.files.entries)
      : await copyFilesToStore(staging, settings.storeDir, manifest.files.entries)
    stage('comparing row counts')
    const tableMismatches = await tableCountMismatches(client, manifest.tables)

    stage('re-applying erasures')
    const erasures = toReapply.erasures.length
      ? await reapplyErasures(await settings.openPayload(), toReapply.erasures)
      : { applied: 0, alreadyGone: 0, failed: [] }
    stage('checking the audit log and its anchors')
    const audit = await restoredAuditStatus(client, {
      anchorDir: settings.anchorDir,
      snapshotSequence: manifest.audit.latest?.sequence ?? 0,
    })
    const missingAtBackup = new Set(
      manifest.files.missing.map((file) => `${file.collection}/${file.filename}`),
    )
    stage('looking for missing files')
    const missingNow = settings.utapi
      ? []
      : (await missingStoreFiles(client, settings.storeDir)).filter((file) => !missingAtBackup.has(file))
    return {
      createdAt: manifest.createdAt,
      tablesChecked: Object.keys(manifest.tables).length,
      tableMismatches,
      filesChecked: manifest.files.entries.length,
      fileMismatches,
      missingAtBackup: missingAtBackup.size,
      missingNow,
      ledger:
        ledger && settings.ledgerFile ? { file: settings.ledgerFile, exportedAt: ledger.exportedAt } : null,
      erasures,
      audit,
      ok:
        !tableMismatches.length &&
        !fileMismatches.length &&
        !erasures.failed.length &&
        audit.chain.intact &&
        !audit.anchorProblems.length &&
        !missingNow.length,
    }
  } finally {
    settings.onStage?.('closing the database connection and removing the unpacked archive')
    await client.end()
    await rm(staging, { recursive: true, force: true })
  }
}
