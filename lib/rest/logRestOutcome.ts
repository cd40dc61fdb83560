import type { Payload } from 'payload'

export type RestOutcome = { method: string; url: string; status: number; message: string }

/** One line, whatever the logger's format: no control characters, no query string, bounded length. */
const clean = (text: string, length: number) =>
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  text.replace(/[\u0000-\u001f\u007f]+/g, ' ').slice(0, length)

const pathOf = (url: string) => {
  try {
    return new URL(url, 'http://localhost').pathname
  } catch {
    return '(unreadable path)'
  }
}

/**
 * A refused or failed REST request as ONE warn line: method, path, status and the message the caller got.
 * Never the query string, the body, the SQL or its parameters (they can hold personal data), nor a stack
 * trace: a scan of thousands of bad requests must not flood the log or copy what it tried into it.
 */
export const logRestOutcome = (logger: Payload['logger'], { method, url, status, message }: RestOutcome) => {
  logger.warn(`REST ${clean(method, 10)} ${clean(pathOf(url), 200)} ${status}: ${clean(message, 300)}`)
}
