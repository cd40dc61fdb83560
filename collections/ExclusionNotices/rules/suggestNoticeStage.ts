import { formatLongDate } from '@/lib/format/formatLongDate'
import { months } from '@/lib/format/months'
import { addMonths } from '@/lib/time/addMonths'
import type { NoticeRules, NoticeStage } from './noticeRules'

/** A report linked to the profile, as the calculator reads it. */
export type CalculatorReport = {
  occurredAt: string
  typeId: string | null
  typeLabel: string
  /** The type's meaning: welfare concerns never count; an "exclusion-breach" type counts as a breach. */
  meaning: string | null
  /** Whether the report was flagged as breaching this profile's red exclusion. */
  breachedExclusion: boolean
}

/** An earlier notice of the profile. Withdrawn notices are ignored: they were given in error. */
export type CalculatorNotice = { stage: NoticeStage; startsAt: string; outcome: string }

export type NoticeSuggestion = {
  stage: 'none' | NoticeStage
  points: number
  reasons: string[]
}

const stageNames: Record<NoticeStage, string> = { warning: 'yellow warning', exclusion: 'red exclusion' }
const pointsText = (points: number) => (points === 1 ? '1 point' : `${points} points`)

/**
 * What the scheme's rules suggest for a profile now: each report in the window scores its type's points (a
 * breach scores the breach points instead); the total against the stages' thresholds gives the stage, and
 * a person who already had a warning or exclusion within the window goes straight to red once they reach
 * the warning threshold. The reasons are sentences for staff, in the order they add up.
 */
export const suggestNoticeStage = (
  reports: CalculatorReport[],
  notices: CalculatorNotice[],
  rules: NoticeRules,
  now: Date = new Date(),
): NoticeSuggestion => {
  const windowStart = addMonths(now, -rules.windowMonths)
  const inWindow = (at: string) => new Date(at) >= windowStart && new Date(at) <= now
  const within = `in ${months(rules.windowMonths)}`
  const reasons: string[] = []
  let points = 0

  const byType = new Map<string, { label: string; count: number; points: number }>()
  const counted = reports
    .filter((report) => inWindow(report.occurredAt) && report.meaning !== 'welfare')
    .sort((a, b) => a.occurredAt.localeCompare(b.occurredAt))
  for (const report of counted) {
    if (report.breachedExclusion || report.meaning === 'exclusion-breach') {
      points += rules.breachPoints
      const what = report.breachedExclusion ? 'breached a red exclusion' : 'reported as an exclusion breach'
      reasons.push(`${what} on ${formatLongDate(report.occurredAt)}: +${rules.breachPoints}`)
      continue
    }
    const typePoints =
      report.typeId !== null
        ? (rules.pointsByType[report.typeId] ?? rules.defaultPoints)
        : rules.defaultPoints
    const key = report.typeId ?? report.typeLabel
    const entry = byType.get(key) ?? { label: report.typeLabel, count: 0, points: 0 }
    entry.count += 1
    entry.points += typePoints
    byType.set(key, entry)
    points += typePoints
  }
  const typeReasons = [...byType.values()].map(
    (entry) =>
      `${entry.count} ${entry.count === 1 ? 'report' : 'reports'} of ${entry.label.toLowerCase()} ${within}: ${pointsText(entry.points)}`,
  )
  reasons.unshift(...typeReasons)

  const earlier = notices
    .filter((notice) => notice.outcome !== 'withdrawn' && inWindow(notice.startsAt))
    .sort((a, b) => b.startsAt.localeCompare(a.startsAt))[0]
  const { warning, exclusion } = rules.stages
  let stage: NoticeSuggestion['stage'] = 'none'
  if (points >= exclusion.threshold) {
    stage = 'exclusion'
    reasons.push(`${pointsText(points)} reach the red threshold of ${exclusion.threshold}: red exclusion`)
  } else if (points >= warning.threshold && earlier) {
    stage = 'exclusion'
    reasons.push(
      `${pointsText(points)} reach the warning threshold of ${warning.threshold} after a ${stageNames[earlier.stage]} on ${formatLongDate(earlier.startsAt)}, ${within}: red exclusion`,
    )
  } else if (points >= warning.threshold) {
    stage = 'warning'
    reasons.push(`${pointsText(points)} reach the warning threshold of ${warning.threshold}: yellow warning`)
  } else {
    reasons.push(
      `${pointsText(points)} ${within}, below the warning threshold of ${warning.threshold}: no notice`,
    )
  }
  return { stage, points, reasons }
}
