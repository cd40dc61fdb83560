import { parseUploadthingToken } from '@/lib/storage/uploadthing/parseUploadthingToken'
import { folderWriteProblem } from './folderWriteProblem'

/** Where uploaded files go. */
export type FileStore = {
  /** Set when files go to UploadThing. */
  uploadthingToken?: string
  /** Folders on local disk that uploads are written to, by collection slug. */
  folders: Record<string, string>
}

/**
 * Null when files can be stored; otherwise what is wrong. UploadThing is only checked for a well-formed
 * token (no network call: readiness must stay cheap); each local folder gets a real write. Folders are
 * named by collection, not path, since the answer is public.
 */
export const storeProblem = async ({ uploadthingToken, folders }: FileStore): Promise<string | null> => {
  const problems: string[] = []
  if (uploadthingToken !== undefined) {
    try {
      parseUploadthingToken(uploadthingToken)
    } catch {
      problems.push('UPLOADTHING_TOKEN is not a valid UploadThing token')
    }
  }
  for (const [collection, dir] of Object.entries(folders)) {
    const problem = await folderWriteProblem(dir)
    if (problem) problems.push(`${collection} folder not writable (${problem})`)
  }
  return problems.length ? problems.join('; ') : null
}
