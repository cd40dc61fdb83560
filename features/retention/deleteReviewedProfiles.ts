import type { PayloadRequest } from 'payload'
import { candidateCutoff } from './candidateCutoff'
import { deleteProfile } from './deleteProfile'
import { deletionHolds } from './deletionHolds'
import { deletionReview } from './deletionReview'
import { eachInOwnTransaction } from './eachInOwnTransaction'
import { findRetentionCandidates } from './findRetentionCandidates'
import { profilesWithOpenPoliceCase } from './profilesWithOpenPoliceCase'
import type { RetentionRules } from './retentionRules'

/**
 * Rule 2: an archived profile is deleted `reviewMonths` after it left the gallery, unless a staff hold, a
 * running warning or exclusion, or an open police case on a linked report keeps it.
 */
export const deleteReviewedProfiles = async (req: PayloadRequest, now: Date, rules: RetentionRules) => {
  const cutoff = candidateCutoff(now, rules.reviewMonths)
  const candidates = await findRetentionCandidates(req, 'archived', [
    { archivedAt: { less_than: cutoff } },
    { and: [{ archivedAt: { exists: false } }, { updatedAt: { less_than: cutoff } }] },
  ])
  const reviewed = candidates.flatMap((profile) => {
    const review = deletionReview(profile, rules)
    return review && review.at <= now ? [{ profile, review }] : []
  })
  const openCases = await profilesWithOpenPoliceCase(
    req,
    reviewed.map(({ profile }) => profile.id),
    true, // a scheduled job acting for the scheme
  )
  const due = reviewed
    .filter(({ profile }) => !deletionHolds(profile, now, openCases.has(profile.id)).length)
    .map(({ profile, review }) => ({ id: profile.id, review }))
  const outcome = await eachInOwnTransaction(req, due, 'delete a profile', ({ id, review }) =>
    deleteProfile(req, id, review, rules),
  )
  return { deleted: outcome.done, held: reviewed.length - due.length, failed: outcome.failed }
}
