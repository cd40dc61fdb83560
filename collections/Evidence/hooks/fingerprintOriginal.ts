import { createHash } from 'node:crypto'
import type { CollectionBeforeOperationHook } from 'payload'

/**
 * Fingerprints the upload exactly as received. It must run before the operation: by `beforeChange`
 * Payload has already replaced `req.file` with the re-encoded WebP, whose hash proves nothing about the
 * original (evidence packs print both; docs/evidence-packs.md).
 */
export const fingerprintOriginal: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'create' && req.file?.data?.length) {
    req.context.originalSha256 = createHash('sha256').update(req.file.data).digest('hex')
  }
  return args
}
