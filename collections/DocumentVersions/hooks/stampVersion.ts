import { APIError, type CollectionBeforeChangeHook } from 'payload'

/** A new version takes its fingerprint from the bytes received and its publication date from the clock. */
export const stampVersion: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const sha256 = req.context.documentSha256
  if (typeof sha256 !== 'string') throw new APIError('Add the file for this version.', 400, null, true)
  return { ...data, sha256, publishedAt: new Date().toISOString() }
}
