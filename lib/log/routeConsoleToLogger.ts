import { format, stripVTControlCharacters } from 'node:util'
import type { Logger } from 'pino'

const levels = { debug: 'debug', log: 'info', info: 'info', warn: 'warn', error: 'error' } as const

/**
 * Production: what Next and libraries print with `console.*` (Next's "⨯ …" for a failed render, a
 * library's warning) becomes a JSON line of the app's logger too, so stdout holds JSON lines only. An
 * Error printed as an error goes in `err` (class, message, stack frames: `errorForLog`); one printed as a
 * warning or less, as for a refused request, keeps its class and message and no stack.
 */
export const routeConsoleToLogger = (logger: Logger) => {
  for (const [method, level] of Object.entries(levels) as [
    keyof typeof levels,
    (typeof levels)[keyof typeof levels],
  ][]) {
    console[method] = (...args: unknown[]) => {
      const err = args.find((arg): arg is Error => arg instanceof Error)
      const text = stripVTControlCharacters(format(...args.filter((arg) => arg !== err))).trim()
      if (err && level !== 'error') {
        // A warning (Next refusing a malformed request, say) is no failure: its error's class and message only.
        logger[level]({ errorType: err.name }, [text, err.message].filter(Boolean).join(': '))
        return
      }
      logger[level](err ? { err } : {}, text || err?.message || '(empty console line)')
    }
  }
}
