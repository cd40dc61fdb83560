import type { Payload } from 'payload'
import { differenceHash } from '@/lib/uploads/differenceHash'
import { readEvidenceBytes } from './readEvidenceBytes'

/**
 * Gives every evidence image stored before `visualHash` existed its difference hash, from the stored file,
 * a page at a time. A file that cannot be read is logged and skipped (it only loses photo matching).
 * Maintenance run by the seed and `npm run backfill:visual-hashes`, hence `overrideAccess`.
 */
export const backfillVisualHashes = async (payload: Payload) => {
  let hashed = 0
  // Images that could not be hashed stay without one: left out of the next pages' query.
  const skipped: number[] = []
  for (;;) {
    const page = await payload.find({
      collection: 'evidence',
      where: {
        and: [{ visualHash: { exists: false } }, ...(skipped.length ? [{ id: { not_in: skipped } }] : [])],
      },
      select: { filename: true },
      sort: 'id',
      depth: 0,
      limit: 100,
      overrideAccess: true, // maintenance over every image, no user
    })
    if (!page.docs.length) break
    for (const doc of page.docs) {
      try {
        if (!doc.filename) throw new Error('no stored file')
        const visualHash = await differenceHash(await readEvidenceBytes(payload, doc, doc.filename))
        await payload.update({
          collection: 'evidence',
          id: doc.id,
          data: { visualHash },
          depth: 0,
          context: { skipAudit: true },
          overrideAccess: true, // maintenance: the field is closed to every writer but this backfill
        })
        hashed++
      } catch (error) {
        skipped.push(doc.id)
        payload.logger.warn({ msg: 'Evidence image not hashed', id: doc.id, err: (error as Error).message })
      }
    }
  }
  return { hashed, skipped: skipped.length }
}
