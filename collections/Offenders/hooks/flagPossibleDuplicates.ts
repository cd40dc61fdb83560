import type { CollectionBeforeChangeHook } from 'payload'
import { findLikelyDuplicates, type ProfileLikeness } from '@/collections/Offenders/duplicates/duplicateScore'

const watched = ['firstName', 'lastName', 'aliases', 'appearance'] as const

/**
 * Flags profiles that look like this one (names, aliases, description) so staff see a possible duplicate
 * before approving, and can merge. Runs when a profile is created or its identifying details change.
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
  const profile: ProfileLikeness = { id: originalDoc?.id ?? -1, ...originalDoc, ...data }
  const candidates = await req.payload.find({
    collection: 'offenders',
    where: { status: { not_equals: 'rejected' } },
    select: { firstName: true, lastName: true, aliases: true, appearance: true },
    depth: 0,
    pagination: false,
    limit: 0,
    // Comparing against every profile (staff see the result only); the caller's create access was checked.
    overrideAccess: true,
    req,
  })
  const matches = findLikelyDuplicates(profile, candidates.docs as ProfileLikeness[])
  return { ...data, possibleDuplicates: matches.map((match) => match.id) }
}
