import 'server-only'
import type { Payload } from 'payload'
import type { StaffAccount } from '@/access/accountOf'
import { normaliseName } from '@/collections/Offenders/duplicates/normaliseName'
import { trigramSimilarity } from '@/collections/Offenders/duplicates/trigramSimilarity'

/** Below this, a name is not worth a member of staff's look (trigram likeness, 0 to 1). */
const suggestionThreshold = 0.3

/**
 * Profiles whose name or an alias looks like the name the requester gave, best first, so staff can link
 * every profile that is this person (a typo or a nickname must not leave a profile out of the answer).
 * Read as the staff member; rejected proposals are included: they are still data held.
 */
export const suggestProfilesByName = async (
  payload: Payload,
  staff: StaffAccount,
  name: string,
  limit = 8,
) => {
  const wanted = normaliseName(name)
  if (wanted.length < 2) return []
  const profiles = await payload.find({
    collection: 'offenders',
    select: { displayName: true, firstName: true, lastName: true, aliases: true, status: true },
    joins: false,
    depth: 0,
    pagination: false,
    limit: 0,
    user: staff,
    overrideAccess: false,
  })
  return profiles.docs
    .map((profile) => {
      const names = [
        `${profile.firstName ?? ''} ${profile.lastName ?? ''}`,
        ...(profile.aliases ?? []).map((entry) => entry.alias),
      ].map(normaliseName)
      const score = Math.max(0, ...names.map((candidate) => trigramSimilarity(wanted, candidate)))
      return {
        id: profile.id,
        name: profile.displayName ?? `#${profile.id}`,
        aliases: (profile.aliases ?? []).map((entry) => entry.alias),
        status: profile.status,
        score,
      }
    })
    .filter((match) => match.score >= suggestionThreshold)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
}
