import { type Logger, type LoggerOptions, pino } from 'pino'
import { build as prettyStream } from 'pino-pretty'
import { isProduction } from '@/lib/env/isProduction'
import { errorForLog } from './errorForLog'
import { maskEmails } from './maskEmails'

/**
 * Fields that must never reach a log line, whoever passes them: censored wherever they appear at the top
 * level or one object down (pino's `redact`). A second guard: the log lines are built without them.
 */
const neverLogged = ['password', 'token', 'email', 'cookie', 'authorization', 'secret'].flatMap((field) => [
  field,
  `*.${field}`,
])

const common: LoggerOptions = {
  level: 'info',
  redact: { paths: neverLogged, censor: '[redacted]' },
  serializers: { err: errorForLog, error: errorForLog },
  // Messages are built by many hands (Payload's console email adapter names the recipient): no address
  // survives in the text or in a top-level text field.
  hooks: {
    logMethod(args, method) {
      method.apply(this, args.map((arg) => (typeof arg === 'string' ? maskEmails(arg) : arg)) as typeof args)
    },
  },
  formatters: {
    log: (fields) =>
      Object.fromEntries(
        Object.entries(fields).map(([key, value]) => [
          key,
          typeof value === 'string' ? maskEmails(value) : value,
        ]),
      ),
  },
}

const create = (): Logger =>
  isProduction()
    ? // One JSON object per line on stdout, level as a word and time in ISO 8601, for a log shipper.
      pino({
        ...common,
        timestamp: pino.stdTimeFunctions.isoTime,
        formatters: { ...common.formatters, level: (label) => ({ level: label }) },
      })
    : // Development and tests: the same readable lines as Payload's own logger.
      pino(
        common,
        prettyStream({ colorize: true, ignore: 'pid,hostname', translateTime: 'SYS:HH:MM:ss', sync: true }),
      )

const key = Symbol.for('ntars.logger')
const shared = globalThis as typeof globalThis & { [key]?: Logger }

/**
 * The app's one logger, also Payload's in production (payload.config.ts). One instance per process: the
 * server bundles and the instrumentation hook each hold a copy of this module.
 */
export const logger: Logger = shared[key] ?? create()
shared[key] = logger
