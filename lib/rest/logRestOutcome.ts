import type { Payload } from 'payload'
import { pathForLog } from '@/lib/log/pathForLog'

export type RestOutcome = { method: string; url: string; status: number; message: string; requestId?: string }

/** One line, whatever the logger's format: no control characters, no query string, bounded length. */
const clean = (text: string, length: number) =>
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  text.replace(/[\u0000-\u001f\u007f]+/g, ' ').slice(0, length)

const pathOf = (url: string) => {
  try {
    return pathForLog(new URL(url, 'http://localhost').pathname)
  } catch {
    return '(unreadable path)'
  }
}

/**
 * A refused (4xx, warn) or failed (5xx, error) REST request as ONE line: method, path, status, the message
 * the caller got and the request id, as fields and as the line's text. Never the query string, the body,
 * the SQL or its parameters (they can hold personal data), nor a stack trace: a scan of thousands of bad
 * requests must not flood the log or copy what it tried into it.
 */
export const logRestOutcome = (
  logger: Payload['logger'],
  { method, url, status, message, requestId }: RestOutcome,
) => {
  const fields = {
    method: clean(method, 10),
    path: pathOf(url),
    status,
    reason: clean(message, 300),
    requestId,
  }
  const line = `REST ${fields.method} ${fields.path} ${status}: ${fields.reason}`
  if (status >= 500) logger.error(fields, line)
  else logger.warn(fields, line)
}
