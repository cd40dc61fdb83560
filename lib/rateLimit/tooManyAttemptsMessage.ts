import { waitInMinutes } from './waitInMinutes'

/** The one wording every limited endpoint uses, with the wait rounded up to whole minutes. */
export const tooManyAttemptsMessage = (retryAfterSeconds: number): string =>
  `Too many attempts. Try again in ${waitInMinutes(retryAfterSeconds)}.`
