import type { UTApi } from 'uploadthing/server'
import type { BackupManifest } from './backupManifest'
import type { ReferencedFile } from './referencedFiles'
import { uploadthingFileHash } from './uploadthingFileHash'

/**
 * With UploadThing as the store the archive keeps no file bytes (UploadThing keeps them), only each key with
 * the SHA-256 of what it holds now, so a restore can prove every file is still there unchanged.
 */
export const hashUploadthingFiles = async (
  utapi: UTApi,
  files: ReferencedFile[],
): Promise<BackupManifest['files']> => {
  const result: BackupManifest['files'] = { store: 'uploadthing', entries: [], missing: [] }
  for (const { collection, filename, key } of files) {
    const hashed = key ? await uploadthingFileHash(utapi, key).catch(() => null) : null
    if (!key || !hashed) result.missing.push({ collection, filename })
    else result.entries.push({ collection, filename, key, ...hashed })
  }
  return result
}
