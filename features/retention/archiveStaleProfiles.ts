import type { PayloadRequest } from 'payload'
import { archiveProfile } from './archiveProfile'
import { candidateCutoff } from './candidateCutoff'
import { eachInOwnTransaction } from './eachInOwnTransaction'
import { findRetentionCandidates } from './findRetentionCandidates'
import { galleryExit } from './galleryExit'
import { isExclusionRunning } from './isExclusionRunning'
import type { RetentionRules } from './retentionRules'

/**
 * Rule 1: an approved profile with no linked incident for `galleryMonths` leaves the gallery. One whose
 * warning or exclusion still runs stays until it ends: shops enforce an exclusion by recognising the face.
 */
export const archiveStaleProfiles = async (req: PayloadRequest, now: Date, rules: RetentionRules) => {
  const cutoff = candidateCutoff(now, rules.galleryMonths)
  const candidates = await findRetentionCandidates(req, 'approved', [
    { lastIncidentAt: { less_than: cutoff } },
    { and: [{ lastIncidentAt: { exists: false } }, { approvedAt: { less_than: cutoff } }] },
    {
      and: [
        { lastIncidentAt: { exists: false } },
        { approvedAt: { exists: false } },
        { createdAt: { less_than: cutoff } },
      ],
    },
  ])
  let keptByExclusion = 0
  const due = candidates.flatMap((profile) => {
    const exit = galleryExit(profile, rules)
    if (!exit || exit.at > now) return []
    if (isExclusionRunning(profile.exclusion, now)) {
      keptByExclusion += 1
      return []
    }
    return [{ id: profile.id, exit }]
  })
  const outcome = await eachInOwnTransaction(req, due, 'archive a profile', ({ id, exit }) =>
    archiveProfile(req, id, exit, rules, now),
  )
  return { archived: outcome.done, keptByExclusion, failed: outcome.failed }
}
