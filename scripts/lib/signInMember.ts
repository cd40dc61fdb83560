import { CookieJar } from './cookieJar'

export type MemberSignIn = {
  /** The credentials callback's answer: a 302 to the members' area, or to /sign-in with an error code. */
  response: Response
  /** Whether that answer set a session cookie. */
  signedIn: boolean
  /** The cookies the browser now holds, as a Cookie header. */
  cookie: string
}

type SignInOptions = {
  /** Sent with both requests, e.g. the `X-Forwarded-For` the shipped nginx would add. */
  headers?: Record<string, string>
  /** The browser's cookies: sent, and updated with what each answer sets. A new jar by default. */
  jar?: CookieJar
  timeoutMs?: number
}

const sessionCookie = /^[^=;]*session-token(\.\d+)?=[^;]/

/**
 * Signs a member in over HTTP the way the sign-in form does: next-auth's CSRF token, then its credentials
 * callback. The one way the tests, the benchmark and the soak get a real members' session.
 */
export const signInMember = async (
  baseUrl: string,
  email: string,
  password: string,
  { headers = {}, jar = new CookieJar(), timeoutMs = 30_000 }: SignInOptions = {},
): Promise<MemberSignIn> => {
  const withCookies = (extra: Record<string, string> = {}) => {
    const cookie = jar.header()
    return { ...headers, ...extra, ...(cookie ? { Cookie: cookie } : {}) }
  }
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`, {
    headers: withCookies(),
    signal: AbortSignal.timeout(timeoutMs),
  })
  jar.remember(csrf)
  const { csrfToken } = (await csrf.json()) as { csrfToken: string }
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: withCookies({ 'Content-Type': 'application/x-www-form-urlencoded' }),
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `${baseUrl}/members` }),
    signal: AbortSignal.timeout(timeoutMs),
  })
  jar.remember(response)
  const signedIn = response.headers.getSetCookie().some((line) => sessionCookie.test(line))
  return { response, signedIn, cookie: jar.header() }
}
