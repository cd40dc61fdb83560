import { rm } from 'node:fs/promises'
import path from 'node:path'
import { storageDir } from '@/lib/uploads/storageDir'
import type { Evidence } from '@/payload-types'

/**
 * After a rolled-back report, the database rows are gone but files written to local disk are not:
 * remove them so nothing is kept that no record points at. (UploadThing files are removed by the
 * storage adapter's delete when the row is deleted; a rolled-back row is swept by the retention job.)
 */
export const removeStoredFiles = async (docs: Pick<Evidence, 'filename' | 'sizes'>[]) => {
  const dir = path.join(storageDir, 'evidence')
  const names = docs
    .flatMap((doc) => [doc.filename, doc.sizes?.thumbnail?.filename])
    .filter((name): name is string => Boolean(name))
  await Promise.all(names.map((name) => rm(path.join(dir, path.basename(name)), { force: true })))
}
