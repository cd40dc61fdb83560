import { generatePayloadCookie, type Payload } from 'payload'

export type StaffCookie = {
  name: string
  value: string
  options: {
    httpOnly: true
    path: string
    expires: Date
    sameSite?: 'lax' | 'strict' | 'none'
    secure?: boolean
    domain?: string
  }
}

/**
 * Payload's own auth cookie for a staff token, built by Payload's `generatePayloadCookie` from the users
 * collection's auth settings, so it is exactly what Payload's REST login would set (name from cookiePrefix,
 * HttpOnly, SameSite, Secure, expiry = tokenExpiration).
 */
export const staffCookie = (payload: Payload, token: string): StaffCookie => {
  const collectionAuthConfig = payload.collections.users.config.auth
  const cookie = generatePayloadCookie({
    collectionAuthConfig,
    cookiePrefix: payload.config.cookiePrefix,
    returnCookieAsObject: true,
    token,
  }) as {
    name: string
    value?: string
    expires?: string
    sameSite?: string
    secure?: boolean
    domain?: string
  }
  return {
    name: cookie.name,
    value: token,
    options: {
      httpOnly: true,
      path: '/',
      expires: cookie.expires
        ? new Date(cookie.expires)
        : new Date(Date.now() + collectionAuthConfig.tokenExpiration * 1000),
      sameSite: cookie.sameSite?.toLowerCase() as StaffCookie['options']['sameSite'],
      secure: cookie.secure,
      domain: cookie.domain,
    },
  }
}
