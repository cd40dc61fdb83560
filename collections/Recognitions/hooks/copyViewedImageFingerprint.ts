import type { CollectionBeforeChangeHook } from 'payload'
import { relationId } from '@/access/relationId'

/**
 * Copies the viewed image's original SHA-256 onto the recognition, so the exact file the witness looked at
 * stays on record even if the image is later deleted or its file replaced. Read as the caller (the
 * relationship's filterOptions already limited the choice to images they may read), with the same req.
 */
export const copyViewedImageFingerprint: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (!('viewedImage' in data)) return data
  const image = relationId(data.viewedImage)
  // The image gone (deleted with its profile's photos) or unlinked: the fingerprint already recorded stays.
  if (image === null) return data
  if (image === relationId(originalDoc?.viewedImage) && originalDoc?.viewedImageSha256) {
    return { ...data, viewedImageSha256: originalDoc.viewedImageSha256 }
  }
  const evidence = await req.payload.findByID({
    collection: 'evidence',
    id: image,
    depth: 0,
    select: { originalSha256: true },
    disableErrors: true,
    req,
    overrideAccess: false,
  })
  return { ...data, viewedImageSha256: evidence?.originalSha256 ?? null }
}
