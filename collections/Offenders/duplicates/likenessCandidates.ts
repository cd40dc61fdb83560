import type { Payload, PayloadRequest, Where } from 'payload'
import { relationIds } from '@/access/relationIds'
import type { Evidence } from '@/payload-types'
import type { ProfileLikeness } from './duplicateScore'

/**
 * Who is reading: a hook that has already checked the caller (`overrideAccess: true` with its `req`), or a
 * staff member reading as themselves.
 */
export type LikenessReader =
  | { req: PayloadRequest; overrideAccess: true }
  | { req?: PayloadRequest; user: PayloadRequest['user']; overrideAccess: false }

const hashesOf = (photos: unknown): string[] =>
  (Array.isArray(photos) ? photos : [])
    .map((photo) => (typeof photo === 'object' && photo ? (photo as Evidence).visualHash : null))
    .filter((hash): hash is string => Boolean(hash))

/** The difference hashes of the given evidence images (those that have one). */
export const photoHashesOf = async (payload: Payload, photos: unknown, reader: LikenessReader) => {
  const ids = relationIds(photos)
  if (!ids.length) return []
  const found = await payload.find({
    collection: 'evidence',
    where: { id: { in: ids } },
    select: { visualHash: true },
    depth: 0,
    limit: ids.length,
    ...reader,
    overrideAccess: reader.overrideAccess, // stated by every caller through LikenessReader
  })
  return found.docs.map((doc) => doc.visualHash).filter((hash): hash is string => Boolean(hash))
}

/**
 * Every profile a proposal could duplicate (all but rejected ones, or those matching `where`), with what
 * the likeness score compares: names, aliases, description and photo hashes.
 */
export const loadLikenessCandidates = async (
  payload: Payload,
  reader: LikenessReader,
  where: Where = { status: { not_equals: 'rejected' } },
): Promise<ProfileLikeness[]> => {
  const candidates = await payload.find({
    collection: 'offenders',
    where,
    select: { firstName: true, lastName: true, aliases: true, appearance: true, photos: true },
    populate: { evidence: { visualHash: true } },
    depth: 1,
    joins: false,
    pagination: false,
    limit: 0,
    ...reader,
    overrideAccess: reader.overrideAccess, // stated by every caller through LikenessReader
  })
  return candidates.docs.map(({ photos, ...profile }) => ({
    ...(profile as Omit<ProfileLikeness, 'photoHashes'>),
    photoHashes: hashesOf(photos),
  }))
}
