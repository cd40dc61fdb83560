import type { CollectionBeforeChangeHook } from 'payload'
import { differenceHash } from '@/lib/uploads/differenceHash'

/**
 * Stores the image's difference hash so look-alike profiles can be found by photo
 * (collections/Offenders/duplicates/photoLikeness.ts). By `beforeChange` `req.file` holds the re-encoded
 * image Payload stores, which is what every later comparison sees too.
 */
export const storeVisualHash: CollectionBeforeChangeHook = async ({ data, req }) => {
  if (!req.file?.data?.length) return data
  try {
    return { ...data, visualHash: await differenceHash(req.file.data) }
  } catch (error) {
    // The content check has already accepted the image; a photo without a hash only loses photo matching.
    req.payload.logger.warn({ msg: 'No visual hash for an evidence image', err: (error as Error).message })
    return { ...data, visualHash: null }
  }
}
