import { addMonths } from '@/lib/time/addMonths'

export type ExclusionRules = { durationMonths: number; appealAfterMonths: number }

/**
 * The scheme's staged exclusion: it runs `durationMonths` from the start (default 12) and may be appealed
 * after `appealAfterMonths` incident-free months (default 6). A breach resets the incident-free clock, so
 * the appeal date runs from the later of the start and the last breach.
 */
export const exclusionDates = (startsAt: Date, rules: ExclusionRules, lastBreachAt?: Date | null) => {
  const clockFrom = lastBreachAt && lastBreachAt > startsAt ? lastBreachAt : startsAt
  return {
    endsAt: addMonths(startsAt, rules.durationMonths),
    appealFrom: addMonths(clockFrom, rules.appealAfterMonths),
  }
}
