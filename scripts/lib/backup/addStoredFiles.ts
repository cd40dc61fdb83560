import { access } from 'node:fs/promises'
import path from 'node:path'
import type { Pack } from 'tar-stream'
import { addFileToArchive } from './addFileToArchive'
import type { BackupManifest } from './backupManifest'
import { isSafeFileName } from './isSafeFileName'
import type { ReferencedFile } from './referencedFiles'

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  )

/**
 * Copies every referenced file from the local store (`<store>/<collection>/<filename>`) into the archive as
 * `files/<collection>/<filename>`. A file the database names but the store lacks is listed as missing, not
 * fatal: a backup with a gap reported beats no backup.
 */
export const addStoredFiles = async (
  pack: Pack,
  storeDir: string,
  files: ReferencedFile[],
): Promise<BackupManifest['files']> => {
  const result: BackupManifest['files'] = { store: 'local', entries: [], missing: [] }
  for (const { collection, filename } of files) {
    const source = path.join(storeDir, collection, filename)
    if (!isSafeFileName(filename) || !(await exists(source))) {
      result.missing.push({ collection, filename })
      continue
    }
    const inArchive = `files/${collection}/${filename}`
    const { sha256, bytes } = await addFileToArchive(pack, inArchive, source)
    result.entries.push({ collection, filename, path: inArchive, sha256, bytes })
  }
  return result
}
