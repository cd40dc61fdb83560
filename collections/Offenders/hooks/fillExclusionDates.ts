import type { CollectionBeforeChangeHook } from 'payload'
import { exclusionDates } from '@/collections/Offenders/exclusions/exclusionDates'
import { readSchemeSettings } from '@/lib/settings/readSchemeSettings'

type Exclusion = {
  stage?: string | null
  startsAt?: string | null
  endsAt?: string | null
  appealFrom?: string | null
  lastBreachAt?: string | null
}

/**
 * Staff choose the stage and start date; the end and appeal dates follow the scheme's rules in settings
 * (12 months, appeal after 6 incident-free months by default) unless staff set them by hand. A new breach
 * moves the appeal date on.
 */
export const fillExclusionDates: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const exclusion = data.exclusion as Exclusion | undefined
  if (!exclusion || (exclusion.stage !== 'warning' && exclusion.stage !== 'exclusion')) return data
  const before = (originalDoc?.exclusion ?? {}) as Exclusion
  const startsAt = exclusion.startsAt ?? new Date().toISOString()
  const restarted = startsAt !== before.startsAt || exclusion.stage !== before.stage
  const breached = exclusion.lastBreachAt && exclusion.lastBreachAt !== before.lastBreachAt
  if (!restarted && !breached && exclusion.endsAt && exclusion.appealFrom) return data
  const { exclusions } = await readSchemeSettings(req.payload, req)
  const rules = {
    durationMonths: exclusions?.durationMonths ?? 12,
    appealAfterMonths: exclusions?.appealAfterMonths ?? 6,
  }
  const dates = exclusionDates(
    new Date(startsAt),
    rules,
    exclusion.lastBreachAt ? new Date(exclusion.lastBreachAt) : null,
  )
  return {
    ...data,
    exclusion: {
      ...exclusion,
      startsAt,
      endsAt: restarted || !exclusion.endsAt ? dates.endsAt.toISOString() : exclusion.endsAt,
      appealFrom: dates.appealFrom.toISOString(),
    },
  }
}
