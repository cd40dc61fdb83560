/** A path segment kept as it is: letters, digits and `-._~`, nothing that could spell an address or a sentence. */
const plainSegment = /^[A-Za-z0-9._~-]{1,80}$/

/**
 * The path of a request target (`/api/incidents/7?where…`) as it may be logged: never the query string or
 * fragment (search filters carry emails and names), and any segment that is not a plain word or id, such as
 * one holding `@`, spaces or percent-escapes, replaced by `:redacted`. At most 200 characters.
 */
export const pathForLog = (target: string): string => {
  const path = target.split(/[?#]/, 1)[0] ?? ''
  const safe = path
    .split('/')
    .map((segment) => (segment === '' || plainSegment.test(segment) ? segment : ':redacted'))
    .join('/')
  return (safe.startsWith('/') ? safe : `/${safe}`).slice(0, 200)
}
