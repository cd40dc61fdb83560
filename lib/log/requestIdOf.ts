/** What an id from the proxy may look like (nginx's `$request_id` is 32 hex digits): nothing else is taken. */
const wellFormed = /^[A-Za-z0-9._:-]{8,100}$/

/**
 * The request's id for its log lines and the `X-Request-Id` response header: the one the reverse proxy
 * set (the shipped nginx replaces any the client sent with its own `$request_id`, and the app is reachable
 * only through it: docs/security.md), else a new random one.
 */
export const requestIdOf = (headers: Pick<Headers, 'get'>): string => {
  const fromProxy = headers.get('x-request-id')?.trim()
  return fromProxy && wellFormed.test(fromProxy) ? fromProxy : crypto.randomUUID()
}
