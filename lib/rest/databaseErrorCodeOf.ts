/**
 * The PostgreSQL SQLSTATE code behind an error, found on the error or its causes (Drizzle wraps the
 * driver's error as `cause`). Null when the error did not come from PostgreSQL.
 */
export const databaseErrorCodeOf = (error: unknown): string | null => {
  let current: unknown = error
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const { code, cause } = current as { code?: unknown; cause?: unknown }
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code
    current = cause
  }
  return null
}

/**
 * PostgreSQL's class 22 "data exception": a value that does not fit its column (text for a number, a
 * date that is not one, a value outside an enum, a number past the integer limit, a NUL in text). Over
 * REST these come from the request's own values, so they are the caller's mistake (400), not a failure.
 */
export const isDataException = (error: unknown): boolean =>
  databaseErrorCodeOf(error)?.startsWith('22') === true
