import { uploadsDir } from '@/lib/env/uploadsDir'

/**
 * Where local-disk uploads live when no UploadThing token is set: outside `public/`, so nothing is served
 * without Payload's access check. `NTARS_STORAGE_DIR` lets tests and several checkouts keep their own.
 */
export const storageDir = uploadsDir()
