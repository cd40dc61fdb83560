/** Talks to the running app started by `npm test` (NTARS_TEST_URL). */
export const baseUrl = () => {
  const url = process.env.NTARS_TEST_URL
  if (!url) throw new Error('NTARS_TEST_URL is not set: run the HTTP tests through `npm test`.')
  return url
}

export const demoPassword = process.env.DEMO_PASSWORD || 'ntars-demo-2026'

/**
 * The Authorization header for an account: staff, who need a second factor, signed in through the real
 * /staff/sign-in form with a known enrolled factor; members, who may not sign in over REST at all (the
 * member door), hold a real token minted with the Local API, to prove that every API refuses it.
 */
export const signIn = async (
  collection: 'users' | 'members',
  email: string,
): Promise<Record<string, string>> => {
  if (collection === 'users') {
    const { signInStaffOverHttp } = await import('./staffSignInOverHttp')
    return signInStaffOverHttp(email)
  }
  const { memberJwt } = await import('./memberToken')
  return memberJwt(email)
}

export const getJson = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${baseUrl()}${path}`, { headers })
  const body = response.headers.get('content-type')?.includes('json') ? await response.json() : null
  return { status: response.status, body, headers: response.headers }
}
