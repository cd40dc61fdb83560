import type { CollectionBeforeChangeHook } from 'payload'
import { memberOf } from '@/access/accountOf'

/**
 * Records who uploaded the file and the SHA-256 of the bytes as received (taken before re-encoding by
 * `fingerprintOriginal`), for evidence integrity.
 */
export const takeUploaderFromSession: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const member = memberOf(req)
  const sha = typeof req.context.originalSha256 === 'string' ? req.context.originalSha256 : undefined
  return { ...data, uploadedBy: member?.id ?? null, originalSha256: sha }
}
