import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { ledgerFilePattern } from './backupFileName'

/** The newest erasure ledger in `dir` (names sort by time), or null when there is none. */
export const findErasureLedger = async (dir: string): Promise<string | null> => {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((name) =>
    ledgerFilePattern.test(name),
  )
  const newest = names.sort().at(-1)
  return newest ? path.join(dir, newest) : null
}
