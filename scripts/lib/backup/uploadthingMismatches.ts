import type { UTApi } from 'uploadthing/server'
import type { StoredFileEntry } from './backupManifest'
import { uploadthingFileHash } from './uploadthingFileHash'

/**
 * With UploadThing as the store nothing is copied back: every key the archive lists must still fetch and
 * hash to what the manifest says. Returns the ones that do not.
 */
export const uploadthingMismatches = async (utapi: UTApi, files: StoredFileEntry[]): Promise<string[]> => {
  const mismatched: string[] = []
  for (const file of files) {
    if (!file.key) continue
    const now = await uploadthingFileHash(utapi, file.key).catch(() => null)
    if (!now || now.sha256 !== file.sha256)
      mismatched.push(`${file.collection}/${file.filename} (${file.key})`)
  }
  return mismatched
}
