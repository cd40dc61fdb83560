import { secureCookies } from './secureCookies'

/**
 * next-auth's cookies for the members' area: HttpOnly, SameSite=Lax (Strict would drop the session on the
 * link in an alert email), and over https Secure with the `__Host-` prefix (the callback URL cookie may not
 * be host-only in every Auth.js flow, so `__Secure-`). Over plain http, Auth.js's usual names.
 */
export const memberAuthCookies = () => {
  const secure = secureCookies()
  const options = { httpOnly: true, sameSite: 'lax' as const, path: '/', secure }
  return {
    sessionToken: { name: `${secure ? '__Host-' : ''}authjs.session-token`, options },
    csrfToken: { name: `${secure ? '__Host-' : ''}authjs.csrf-token`, options },
    callbackUrl: { name: `${secure ? '__Secure-' : ''}authjs.callback-url`, options },
  }
}
