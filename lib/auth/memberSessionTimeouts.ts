import { memberSessionHours } from './memberSessionHours'

/**
 * How long a members' area sign-in lasts: it ends after `idleMinutes` without a request (a phone left on
 * the counter) and, whatever the activity, `absoluteHours` after signing in (a shift). Each request slides
 * the idle deadline forward, but writes it at most once per `slideEverySeconds`.
 */
export const memberSessionTimeouts = {
  idleMinutes: 30,
  absoluteHours: memberSessionHours,
  slideEverySeconds: 60,
} as const
