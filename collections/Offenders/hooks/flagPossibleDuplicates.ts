import type { CollectionBeforeChangeHook } from 'payload'
import { findLikelyDuplicates, type ProfileLikeness } from '@/collections/Offenders/duplicates/duplicateScore'
import { loadLikenessCandidates, photoHashesOf } from '@/collections/Offenders/duplicates/likenessCandidates'

const watched = ['firstName', 'lastName', 'aliases', 'appearance', 'photos'] as const

/**
 * Flags profiles that look like this one (names, aliases, description, photos) so staff see a possible
 * duplicate before approving, and can merge. Runs when a profile is created or its identifying details
 * or photos change.
 */
export const flagPossibleDuplicates: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const changed =
    operation === 'create' ||
    watched.some(
      (key) => data[key] !== undefined && JSON.stringify(data[key]) !== JSON.stringify(originalDoc?.[key]),
    )
  if (!changed || req.context?.skipDuplicateCheck) return data
  // Comparing against every profile and photo (staff see the result only); the caller's access was checked.
  const reader = { req, overrideAccess: true } as const
  const profile: ProfileLikeness = {
    id: originalDoc?.id ?? -1,
    ...originalDoc,
    ...data,
    photoHashes: await photoHashesOf(req.payload, data.photos ?? originalDoc?.photos, reader),
  }
  const matches = findLikelyDuplicates(profile, await loadLikenessCandidates(req.payload, reader))
  return { ...data, possibleDuplicates: matches.map((match) => match.id) }
}
