// SQLSTATE classes and node-postgres messages that mean "the server is not answering", not "the query is wrong".
const unavailableCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01', // admin_shutdown: the server was stopped or restarted under an open connection
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: still starting up
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
])
const unavailableMessages =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|not queryable|ECONNREFUSED|the database system is (starting up|shutting down)|terminating connection due to administrator command|cannot begin transaction|Cannot use a pool after calling end/i

/**
 * True when an error (or any error it wraps: Drizzle and Payload wrap the driver's) says PostgreSQL could not
 * be reached. Those are answered with "busy, try again", never with a stack trace or a field message.
 */
export const isDatabaseUnavailable = (error: unknown): boolean => {
  let current: unknown = error
  for (let depth = 0; depth < 6 && current; depth++) {
    const { code, message, cause } = current as { code?: unknown; message?: unknown; cause?: unknown }
    if (typeof code === 'string' && unavailableCodes.has(code)) return true
    if (typeof message === 'string' && unavailableMessages.test(message)) return true
    current = cause
  }
  return false
}
