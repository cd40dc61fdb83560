import { createHash } from 'node:crypto'
import type { CollectionBeforeChangeHook } from 'payload'
import { memberOf } from '@/access/accountOf'

/** Records who uploaded the file and the SHA-256 of the bytes as received, for evidence integrity. */
export const takeUploaderFromSession: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const member = memberOf(req)
  const sha = req.file ? createHash('sha256').update(req.file.data).digest('hex') : undefined
  return { ...data, uploadedBy: member?.id ?? null, originalSha256: sha }
}
