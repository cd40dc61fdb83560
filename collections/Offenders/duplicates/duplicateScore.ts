import { normaliseName } from './normaliseName'
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
}

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

const namesOf = (profile: ProfileLikeness): string[] => {
  const full = normaliseName(`${profile.firstName ?? ''} ${profile.lastName ?? ''}`)
  return [full, ...(profile.aliases ?? []).map((entry) => normaliseName(entry.alias))].filter(
    (name) => name.length > 1,
  )
}

const descriptionWords = (profile: ProfileLikeness): Set<string> =>
  new Set(
    normaliseName(
      [
        profile.appearance?.distinguishingFeatures,
        profile.appearance?.usualClothing,
        profile.appearance?.hair,
        profile.appearance?.build,
      ]
        .filter(Boolean)
        .join(' '),
    )
      .split(' ')
      .filter((word) => word.length > 2 && !stopWords.has(word)),
  )

/**
 * How alike two profiles look (0 to 1): the best trigram match between any of their names and aliases,
 * or, for unnamed entries, the overlap of their descriptions (a distinctive tattoo, the same clothes).
 */
export const duplicateScore = (a: ProfileLikeness, b: ProfileLikeness): number => {
  let nameScore = 0
  for (const left of namesOf(a))
    for (const right of namesOf(b)) nameScore = Math.max(nameScore, trigramSimilarity(left, right))
  const wordsA = descriptionWords(a)
  const wordsB = descriptionWords(b)
  let shared = 0
  for (const word of wordsA) if (wordsB.has(word)) shared++
  const descriptionScore =
    wordsA.size >= 3 && wordsB.size >= 3 ? shared / (wordsA.size + wordsB.size - shared) : 0
  return Math.max(nameScore, descriptionScore)
}

/** A proposal at or above this likeness is flagged for staff as a possible duplicate. */
export const duplicateThreshold = 0.5

/** The candidates most like `profile`, best first, above the threshold. */
export const findLikelyDuplicates = (profile: ProfileLikeness, candidates: ProfileLikeness[], limit = 5) =>
  candidates
    .filter((candidate) => candidate.id !== profile.id)
    .map((candidate) => ({ id: candidate.id, score: duplicateScore(profile, candidate) }))
    .filter((match) => match.score >= duplicateThreshold)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
