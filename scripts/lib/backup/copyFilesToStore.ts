import { constants } from 'node:fs'
import { copyFile, mkdir } from 'node:fs/promises'
import path from 'node:path'
import type { StoredFileEntry } from './backupManifest'
import { sha256OfFile } from './sha256OfFile'

/**
 * Copies the unpacked files into the local store (`<store>/<collection>/<filename>`), never over an existing
 * file, then hashes each copy where it now lies. Returns the files whose copy does not match the manifest.
 */
export const copyFilesToStore = async (
  staging: string,
  storeDir: string,
  files: StoredFileEntry[],
): Promise<string[]> => {
  const mismatched: string[] = []
  for (const file of files) {
    if (!file.path) continue
    const target = path.join(storeDir, file.collection, file.filename)
    await mkdir(path.dirname(target), { recursive: true })
    await copyFile(path.join(staging, file.path), target, constants.COPYFILE_EXCL)
    const copied = await sha256OfFile(target)
    if (copied.sha256 !== file.sha256 || copied.bytes !== file.bytes) mismatched.push(file.path)
  }
  return mismatched
}
