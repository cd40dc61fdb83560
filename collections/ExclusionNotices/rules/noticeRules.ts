import type { ExclusionRules } from '@/collections/Offenders/exclusions/exclusionDates'

export type NoticeStage = 'warning' | 'exclusion'

/** The calculator's and the dates' rules, read from the settings' `exclusions` group with defaults filled. */
export type NoticeRules = {
  windowMonths: number
  /** Points by incident-type id; types not listed score `defaultPoints`. */
  pointsByType: Record<string, number>
  defaultPoints: number
  breachPoints: number
  stages: Record<NoticeStage, ExclusionRules & { threshold: number }>
  retentionMonths: number
}

type Related = string | number | { id: string | number } | null | undefined

/** The settings' `exclusions` group as stored (every field optional: a row saved before they existed). */
export type ExclusionSettings =
  | {
      durationMonths?: number | null
      appealAfterMonths?: number | null
      windowMonths?: number | null
      pointsByType?: { incidentType?: Related; points?: number | null }[] | null
      defaultPoints?: number | null
      breachPoints?: number | null
      exclusionThreshold?: number | null
      warning?: {
        threshold?: number | null
        durationMonths?: number | null
        appealAfterMonths?: number | null
      } | null
      noticeRetentionMonths?: number | null
    }
  | null
  | undefined

const idOf = (related: Related) =>
  related === null || related === undefined
    ? null
    : String(typeof related === 'object' ? related.id : related)

/** The rules as the scheme has set them, or the settings' own defaults where a value is unset. */
export const noticeRulesOf = (settings: ExclusionSettings): NoticeRules => {
  const pointsByType: Record<string, number> = {}
  for (const row of settings?.pointsByType ?? []) {
    const id = idOf(row.incidentType)
    if (id !== null && typeof row.points === 'number') pointsByType[id] = row.points
  }
  return {
    windowMonths: settings?.windowMonths ?? 12,
    pointsByType,
    defaultPoints: settings?.defaultPoints ?? 1,
    breachPoints: settings?.breachPoints ?? 5,
    stages: {
      warning: {
        threshold: settings?.warning?.threshold ?? 3,
        durationMonths: settings?.warning?.durationMonths ?? 6,
        appealAfterMonths: settings?.warning?.appealAfterMonths ?? 3,
      },
      exclusion: {
        threshold: settings?.exclusionThreshold ?? 6,
        durationMonths: settings?.durationMonths ?? 12,
        appealAfterMonths: settings?.appealAfterMonths ?? 6,
      },
    },
    retentionMonths: settings?.noticeRetentionMonths ?? 24,
  }
}
