import type { PayloadRequest } from 'payload'
import { anonymiseOldIncidents } from './anonymiseOldIncidents'
import { archiveStaleProfiles } from './archiveStaleProfiles'
import { deleteExpiredNotices } from './deleteExpiredNotices'
import { deleteReviewedProfiles } from './deleteReviewedProfiles'
import { readRetentionRules } from './readRetentionRules'

/**
 * The scheme's retention rules, applied as of `now` (tests move the clock): profiles leave the gallery,
 * archived profiles past review are deleted unless held, old reports are anonymised, ended notices past
 * their retention are deleted. Every action is
 * audit-logged; running it again changes nothing new. Failures are logged per record and then thrown, so
 * the jobs queue marks the run failed and retries the rest.
 */
export const applyRetention = async (req: PayloadRequest, now: Date = new Date()) => {
  const rules = await readRetentionRules(req)
  const profilesArchived = await archiveStaleProfiles(req, now, rules)
  const profilesDeleted = await deleteReviewedProfiles(req, now, rules)
  const reportsAnonymised = await anonymiseOldIncidents(req, now, rules)
  const notices = await deleteExpiredNotices(req, now)
  const failed = [
    ...profilesArchived.failed,
    ...profilesDeleted.failed,
    ...reportsAnonymised.failed,
    ...notices.failed,
  ].length
  const result = {
    archived: profilesArchived.archived,
    keptInGalleryByExclusion: profilesArchived.keptByExclusion,
    deleted: profilesDeleted.deleted,
    held: profilesDeleted.held,
    anonymised: reportsAnonymised.anonymised,
    keptForPoliceCase: reportsAnonymised.keptForPoliceCase,
    noticesDeleted: notices.deleted,
    failed,
  }
  if (failed) throw new Error(`Retention left ${failed} records for the next try: ${JSON.stringify(result)}`)
  return result
}
