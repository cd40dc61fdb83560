import { readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { archiveFilePattern, ledgerFilePattern } from './backupFileName'

/**
 * Deletes all but the newest `keep` archives, and all but the newest `keep` erasure ledgers (the newest
 * ledger holds every erasure, so older ones are spares). Returns the names removed.
 */
export const pruneBackups = async (dir: string, keep: number): Promise<string[]> => {
  const names = (await readdir(dir)).sort()
  const removed = [archiveFilePattern, ledgerFilePattern].flatMap((pattern) => {
    const matching = names.filter((name) => pattern.test(name))
    return matching.slice(0, Math.max(0, matching.length - keep))
  })
  for (const name of removed) await rm(path.join(dir, name))
  return removed
}
