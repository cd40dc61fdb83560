import { createHash } from 'node:crypto'
import type { CollectionBeforeOperationHook } from 'payload'

/** The SHA-256 of the file as uploaded, kept with the version so a copy can be proved to be this one. */
export const fingerprintDocument: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'create' && req.file?.data?.length) {
    req.context.documentSha256 = createHash('sha256').update(req.file.data).digest('hex')
  }
  return args
}
