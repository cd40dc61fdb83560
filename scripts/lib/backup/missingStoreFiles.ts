import { access } from 'node:fs/promises'
import path from 'node:path'
import type { SqlClient } from '@/lib/audit/verifyAuditChain'
import { referencedFiles } from './referencedFiles'

/** The files the database refers to that the local store does not hold, as `<collection>/<filename>`. */
export const missingStoreFiles = async (client: SqlClient, storeDir: string): Promise<string[]> => {
  const missing: string[] = []
  for (const { collection, filename } of await referencedFiles(client)) {
    const present = await access(path.join(storeDir, collection, filename)).then(
      () => true,
      () => false,
    )
    if (!present) missing.push(`${collection}/${filename}`)
  }
  return missing
}
