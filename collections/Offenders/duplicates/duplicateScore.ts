import { normaliseName } from './normaliseName'
import { photoLikeness } from './photoLikeness'
import { trigramSimilarity } from './trigramSimilarity'

export type ProfileLikeness = {
  id: number
  firstName?: string | null
  lastName?: string | null
  aliases?: { alias: string }[] | null
  appearance?: {
    distinguishingFeatures?: string | null
    usualClothing?: string | null
    hair?: string | null
    build?: string | null
  } | null
  /** Difference hashes of the profile's photos (evidence `visualHash`). */
  photoHashes?: string[] | null
}

/** Why two profiles were matched, each 0 to 1, so staff can see what the score rests on. */
export type Likeness = { score: number; name: number; description: number; photo: number }

const stopWords = new Set([
  'and',
  'the',
  'with',
  'has',
  'his',
  'her',
  'wears',
  'usually',
  'often',
  'very',
  'left',
  'right',
])

/**
 * Words that stand in for a missing name. An unnamed entry shows "Unidentified person"; matching on it
 * would make every unnamed entry look like every other one.
 */
const placeholderNames = new Set([
  'unidentified person',
  'unidentified',
  'unknown',
  'unknown person',
  'id sought',
])

const namesOf = (profile: ProfileLikeness): string[] => {
  const full = normaliseName(`${profile.firstName ?? ''} ${profile.lastName ?? ''}`)
  return [full, ...(profile.aliases ?? []).map((entry) => normaliseName(entry.alias))].filter(
    (name) => name.length > 1 && !placeholderNames.has(name),
  )
}

const wordsOf = (...texts: (string | null | undefined)[]): Set<string> =>
  new Set(
    normaliseName(texts.filter(Boolean).join(' '))
      .split(' ')
      .filter((word) => word.length > 2 && !stopWords.has(word)),
  )

const overlap = (a: Set<string>, b: Set<string>): number => {
  if (!a.size || !b.size) return 0
  let shared = 0
  for (const word of a) if (b.has(word)) shared++
  return shared / (a.size + b.size - shared)
}

/** Clothing, hair and build alone (shared by many people) never reach the threshold. */
const commonDetailsWeight = 0.4

/**
 * How alike two descriptions are (0 to 1). Distinguishing features (a tattoo, a scar, a gold tooth) carry
 * it; clothing, hair and build only add to them, and on their own count for at most `commonDetailsWeight`.
 */
const descriptionLikeness = (a: ProfileLikeness, b: ProfileLikeness): number => {
  const featuresA = wordsOf(a.appearance?.distinguishingFeatures)
  const featuresB = wordsOf(b.appearance?.distinguishingFeatures)
  const detailsA = wordsOf(a.appearance?.usualClothing, a.appearance?.hair, a.appearance?.build)
  const detailsB = wordsOf(b.appearance?.usualClothing, b.appearance?.hair, b.appearance?.build)
  const details = detailsA.size >= 2 && detailsB.size >= 2 ? overlap(detailsA, detailsB) : 0
  if (featuresA.size >= 2 && featuresB.size >= 2) return 0.7 * overlap(featuresA, featuresB) + 0.3 * details
  return commonDetailsWeight * details
}

/**
 * How alike two profiles are, and on what: the best trigram match between their real names and aliases
 * (never a placeholder such as "Unidentified person"), their descriptions, and their photos' difference
 * hashes. Description and photo back each other up: two moderate signals together make a strong one.
 */
export const likenessOf = (a: ProfileLikeness, b: ProfileLikeness): Likeness => {
  let name = 0
  for (const left of namesOf(a))
    for (const right of namesOf(b)) name = Math.max(name, trigramSimilarity(left, right))
  const description = descriptionLikeness(a, b)
  const photo = photoLikeness(a.photoHashes, b.photoHashes)
  const appearance = 1 - (1 - description) * (1 - photo)
  return { score: Math.max(name, appearance), name, description, photo }
}

/** How alike two profiles are (0 to 1); see `likenessOf`. */
export const duplicateScore = (a: ProfileLikeness, b: ProfileLikeness): number => likenessOf(a, b).score

/** A proposal at or above this likeness is flagged for staff as a possible duplicate. */
export const duplicateThreshold = 0.5

/** The candidates most like `profile`, best first, above the threshold, with what each match rests on. */
export const findLikelyDuplicates = (profile: ProfileLikeness, candidates: ProfileLikeness[], limit = 5) =>
  candidates
    .filter((candidate) => candidate.id !== profile.id)
    .map((candidate) => ({ id: candidate.id, ...likenessOf(profile, candidate) }))
    .filter((match) => match.score >= duplicateThreshold)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
