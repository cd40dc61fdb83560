import 'server-only'
import { readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { storageDir } from '@/lib/uploads/storageDir'
import { photoFilePrefix } from './fileSubmission'

/**
 * Removes every local file written for one failed filing attempt, found by its batch prefix: a photo whose
 * file was written but whose row never came back (PostgreSQL cut off mid-insert) is not in the list of
 * stored rows, and would otherwise stay on disk with no row pointing at it.
 */
export const removeBatchFiles = async (batch: string) => {
  const dir = path.join(storageDir, 'evidence')
  const prefix = photoFilePrefix(batch)
  const names = await readdir(dir).catch(() => [] as string[])
  await Promise.all(
    names.filter((name) => name.startsWith(prefix)).map((name) => rm(path.join(dir, name), { force: true })),
  )
}
