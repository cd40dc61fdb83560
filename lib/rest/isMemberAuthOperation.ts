import { apiSegmentsOf } from './apiSegmentsOf'

/** The auth operations Payload serves for an auth collection (`/api/<collection>/<operation>`). */
const authOperations = new Set([
  'access',
  'first-register',
  'forgot-password',
  'init',
  'login',
  'logout',
  'me',
  'refresh-token',
  'reset-password',
  'unlock',
  'verify',
])

/**
 * A REST request for one of the members collection's auth operations (sign in, refresh, me, unlock, reset…).
 * Members sign in through next-auth at /sign-in and reset passwords with the members' area forms (server
 * actions), so none of these is ever needed over REST. Case and trailing slashes are ignored, as Payload's
 * route matching ignores them.
 */
export const isMemberAuthOperation = (url: URL): boolean => {
  const segments = apiSegmentsOf(url)?.map((segment) => segment.toLowerCase())
  return segments?.[0] === 'members' && authOperations.has(segments[1] ?? '')
}
