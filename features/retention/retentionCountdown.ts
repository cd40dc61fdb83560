import { millisecondsInDay } from 'date-fns/constants'
import { formatLongDate as longDate } from '@/lib/format/formatLongDate'
import { months } from '@/lib/format/months'
import { type DeletionHold, deletionHolds } from './deletionHolds'
import { deletionReview } from './deletionReview'
import { type GalleryExit, galleryExit } from './galleryExit'
import { isExclusionRunning } from './isExclusionRunning'
import type { RetentionProfile } from './retentionProfile'
import type { RetentionRules } from './retentionRules'

export type RetentionCountdown = {
  /** gallery: counting down to leaving the gallery; deletion: to deletion; held: kept past review. */
  tone: 'gallery' | 'deletion' | 'held' | 'none'
  lines: string[]
}

const inDays = (at: Date, now: Date) => {
  const days = Math.ceil((at.getTime() - now.getTime()) / millisecondsInDay)
  return days === 1 ? 'in 1 day' : `in ${days} days`
}

const fromWhat: Record<GalleryExit['fromWhat'], string> = {
  'last incident': 'the last incident',
  approval: 'approval',
  creation: 'the profile was created',
}

const holdLine = (hold: DeletionHold): string => {
  if (hold.kind === 'staff') return `Held: ${hold.reason} (kept past review).`
  if (hold.kind === 'police') return 'Kept while a police case is open on a linked report.'
  return hold.until
    ? `Kept while the ${hold.stage} runs until ${longDate(hold.until)}.`
    : `Kept while the ${hold.stage} runs (it has no end date).`
}

const galleryCountdown = (
  profile: RetentionProfile,
  rules: RetentionRules,
  now: Date,
): RetentionCountdown => {
  const exit = galleryExit(profile, rules)
  if (!exit) return { tone: 'none', lines: ['Retention starts when the profile is saved.'] }
  const why = `${months(rules.galleryMonths)} after ${fromWhat[exit.fromWhat]} on ${longDate(exit.from)}`
  const checkAt = exit.at > now ? exit.at : now
  const exclusion = profile.exclusion
  if (isExclusionRunning(exclusion, checkAt)) {
    const stage = exclusion?.stage === 'warning' ? 'warning' : 'exclusion'
    const ends = exclusion?.endsAt
    return {
      tone: 'gallery',
      lines: [
        ends
          ? `Leaves the gallery when the ${stage} ends on ${longDate(ends)}, ${inDays(new Date(ends), now)} (${why}).`
          : `Stays in the gallery while the ${stage} runs: it has no end date (${why}).`,
      ],
    }
  }
  if (exit.at <= now) {
    return { tone: 'gallery', lines: [`Leaves the gallery at the next nightly run (${why}).`] }
  }
  return { tone: 'gallery', lines: [`Leaves the gallery ${inDays(exit.at, now)} (${why}).`] }
}

const deletionCountdown = (
  profile: RetentionProfile,
  rules: RetentionRules,
  now: Date,
  openPoliceCase: boolean,
): RetentionCountdown => {
  const review = deletionReview(profile, rules)
  if (!review) return { tone: 'none', lines: ['Archived; the review date is set when the profile is saved.'] }
  const holds = deletionHolds(profile, now, openPoliceCase)
  const due = review.at <= now
  if (!holds.length) {
    const why = `${months(rules.reviewMonths)} after it left the gallery on ${longDate(review.from)}`
    return {
      tone: 'deletion',
      lines: [
        due
          ? `Deleted at the next nightly run (${why}).`
          : `Deleted ${inDays(review.at, now)} unless held (${why}).`,
      ],
    }
  }
  return {
    tone: 'held',
    lines: [
      ...holds.map(holdLine),
      due
        ? `The review period ended on ${longDate(review.at)}: deleted once nothing holds it.`
        : `The review period ends on ${longDate(review.at)}, ${inDays(review.at, now)}: deleted then only if nothing holds it.`,
    ],
  }
}

/**
 * What retention will do to a profile and when, in words for staff: the countdown in the admin sidebar.
 * The nightly job (features/retention/applyRetention.ts) applies the same rules with the same functions.
 * `openPoliceCase`: whether a linked report has an open police case (a query, so the caller finds it).
 */
export const retentionCountdown = (
  profile: RetentionProfile,
  rules: RetentionRules,
  now: Date,
  openPoliceCase: boolean,
): RetentionCountdown => {
  if (profile.status === 'approved') return galleryCountdown(profile, rules, now)
  if (profile.status === 'archived') return deletionCountdown(profile, rules, now, openPoliceCase)
  if (profile.status === 'rejected') return { tone: 'none', lines: ['Rejected: not in the gallery.'] }
  return { tone: 'none', lines: ['Not in the gallery yet: the retention clock starts when it is approved.'] }
}
