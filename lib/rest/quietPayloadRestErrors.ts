import type { SanitizedConfig } from 'payload'
import { inRestRequest } from './restRequestScope'

/**
 * Payload logs every REST error itself before the afterError hooks run, at the level `loggingLevels` gives
 * the error's class name, else as a multi-line error with its stack and, for a failed query, the SQL and
 * its parameters. A production build minifies class names, so that table cannot be keyed by name. Instead,
 * inside a REST request the table answers "do not log" for every error, and `logRestError` writes the one
 * line; outside REST (admin views, jobs) Payload's levels apply as before.
 */
export const quietPayloadRestErrors = (config: SanitizedConfig): SanitizedConfig => {
  const levels = config.loggingLevels
  config.loggingLevels = new Proxy(levels, {
    get: (target, name, receiver) => (inRestRequest() ? false : Reflect.get(target, name, receiver)),
  })
  return config
}
