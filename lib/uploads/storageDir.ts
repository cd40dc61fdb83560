import path from 'node:path'

/**
 * Where local-disk uploads live when no UploadThing token is set: outside `public/`, so nothing is served
 * without Payload's access check. `NTARS_STORAGE_DIR` lets tests and several checkouts keep their own.
 */
// turbopackIgnore: a runtime folder of uploads, not source; tracing it would pull the whole project into the build.
export const storageDir = path.resolve(
  /*turbopackIgnore: true*/
  process.env.NTARS_STORAGE_DIR || path.join(process.cwd(), '.data', 'uploads'),
)
