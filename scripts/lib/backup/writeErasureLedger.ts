import path from 'node:path'
import { backupFileName } from './backupFileName'
import type { ErasureLedger } from './erasureLedger'
import { writeEncryptedJson } from './writeEncryptedJson'

/** Writes the ledger, encrypted like the archives, as `ntars-erasures-<time>.json.age` in `dir`. */
export const writeErasureLedger = async (
  dir: string,
  recipients: string[],
  ledger: ErasureLedger,
): Promise<string> => {
  const file = path.join(dir, backupFileName('ledger', new Date(ledger.exportedAt)))
  await writeEncryptedJson(file, recipients, ledger)
  return file
}
