import path from 'node:path'

/** Where local-disk uploads live (NTARS_STORAGE_DIR), by default `.data/uploads` in the working directory. */
export const uploadsDir = (): string =>
  // turbopackIgnore: a runtime folder of uploads, not source; tracing it would pull the whole project into the build.
  path.resolve(
    /*turbopackIgnore: true*/
    process.env.NTARS_STORAGE_DIR || path.join(process.cwd(), '.data', 'uploads'),
  )
