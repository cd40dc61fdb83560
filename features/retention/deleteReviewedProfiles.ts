import type { PayloadRequest } from 'payload'
import { candidateCutoff } from './candidateCutoff'
import { deleteProfile } from './deleteProfile'
import { deletionHolds } from './deletionHolds'
import { deletionReview } from './deletionReview'
import { eachInOwnTransaction } from './eachInOwnTransaction'
import { profilesWithOpenPoliceCase } from './profilesWithOpenPoliceCase'
import { retentionProfileSelect } from './retentionProfile'
import type { RetentionRules } from './retentionRules'

/**
 * Rule 2: an archived profile is deleted `reviewMonths` after it left the gallery, unless a staff hold, a
 * running warning or exclusion, or an open police case on a linked report keeps it.
 */
export const deleteReviewedProfiles = async (req: PayloadRequest, now: Date, rules: RetentionRules) => {
  const cutoff = candidateCutoff(now, rules.reviewMonths)
  const candidates = await req.payload.find({
    collection: 'offenders',
    where: {
      and: [
        { status: { equals: 'archived' } },
        {
          or: [
            { archivedAt: { less_than: cutoff } },
            { and: [{ archivedAt: { exists: false } }, { updatedAt: { less_than: cutoff } }] },
          ],
        },
      ],
    },
    select: retentionProfileSelect,
    depth: 0,
    pagination: false,
    limit: 0,
    overrideAccess: true, // a scheduled job acting for the scheme
    req,
  })
  const reviewed = candidates.docs.flatMap((profile) => {
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
