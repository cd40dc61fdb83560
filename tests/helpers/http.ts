/** Talks to the running app started by `npm test` (NTARS_TEST_URL). */
export const baseUrl = () => {
  const url = process.env.NTARS_TEST_URL
  if (!url) throw new Error('NTARS_TEST_URL is not set: run the HTTP tests through `npm test`.')
  return url
}

export const demoPassword = process.env.DEMO_PASSWORD || 'ntars-demo-2026'

/**
 * Signs in and returns the Authorization header for that account: members through Payload's REST login;
 * staff, who need a second factor, through the real /staff/sign-in form with a known enrolled factor.
 */
export const signIn = async (
  collection: 'users' | 'members',
  email: string,
): Promise<Record<string, string>> => {
  if (collection === 'users') {
    const { signInStaffOverHttp } = await import('./signInStaffOverHttp')
    return signInStaffOverHttp(email)
  }
  const response = await fetch(`${baseUrl()}/api/${collection}/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: demoPassword }),
  })
  if (!response.ok) throw new Error(`Sign-in as ${email} failed with ${response.status}`)
  const body = (await response.json()) as { token: string }
  return { Authorization: `JWT ${body.token}` }
}

export const getJson = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${baseUrl()}${path}`, { headers })
  const body = response.headers.get('content-type')?.includes('json') ? await response.json() : null
  return { status: response.status, body, headers: response.headers }
}
