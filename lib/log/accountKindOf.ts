export type AccountKind = 'staff' | 'member' | 'anonymous'

/** Payload's staff session cookie, with or without the `__Host-` prefix (lib/security/payloadCookiePrefix.ts). */
const staffCookie = /^(__Host-)?payload-token$/
/** Auth.js's members' session cookie, whole or in chunks (`.0`, `.1`…) (lib/security/memberAuthCookies.ts). */
const memberCookie = /^(__Host-|__Secure-)?authjs\.session-token(\.\d+)?$/

/**
 * Which kind of account a request CLAIMS to be, from the names of its cookies alone: never their values,
 * and not verified (a stale or forged cookie counts the same), so logs call it `accountByCookie`.
 */
export const accountKindOf = (cookieHeader: string | undefined): AccountKind => {
  const names = (cookieHeader ?? '').split(';').map((pair) => pair.split('=', 1)[0]?.trim() ?? '')
  if (names.some((name) => staffCookie.test(name))) return 'staff'
  if (names.some((name) => memberCookie.test(name))) return 'member'
  return 'anonymous'
}
