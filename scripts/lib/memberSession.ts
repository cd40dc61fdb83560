/**
 * Signs a member in over HTTP the way a browser does (Auth.js: CSRF token, then the credentials
 * callback) and returns the Cookie header to send with their requests. Used by the benchmark and the
 * cache-layer test, which need a real members' session, not a forged one.
 */
const cookiesOf = (response: Response): string[] =>
  response.headers.getSetCookie().map((cookie) => cookie.split(';')[0] as string)

export const memberSession = async (
  baseUrl: string,
  email: string,
  password: string,
  extraHeaders: Record<string, string> = {},
): Promise<string> => {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`, { headers: extraHeaders })
  const { csrfToken } = (await csrf.json()) as { csrfToken: string }
  const jar = cookiesOf(csrf)
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      ...extraHeaders,
      'Content-Type': 'application/x-www-form-urlencoded',
      Cookie: jar.join('; '),
    },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `${baseUrl}/offenders` }),
  })
  const session = cookiesOf(response).filter((cookie) => /session-token=/.test(cookie) && !/=$/.test(cookie))
  if (!session.length) throw new Error(`Signing in ${email} failed (${response.status})`)
  return [...jar.filter((cookie) => !/session-token=/.test(cookie)), ...session].join('; ')
}
