import { baseUrl } from './http'

/**
 * A made-up X-Forwarded-For as the shipped nginx sends it: whatever the client wrote (a TEST-NET-3 address)
 * and then the address nginx saw, which is the one the app trusts (lib/audit/clientIp.ts). That last one is
 * drawn from 16 million so each test's per-address rate limits are its own.
 */
const octet = () => Math.floor(Math.random() * 254) + 1
export const fakeIp = () => `198.51.100.${octet()}, 10.${octet()}.${octet()}.${octet()}`

const cookiePairs = (response: Response) =>
  response.headers.getSetCookie().map((cookie) => cookie.split(';')[0] ?? '')

/**
 * Signs in to the members' area through next-auth's own credentials endpoint, as the sign-in form does.
 * Returns the raw response (for its Set-Cookie attributes and redirect) and the Cookie header to send on.
 */
export const memberSignIn = async (email: string, password: string, ip = fakeIp()) => {
  const csrf = await fetch(`${baseUrl()}/api/auth/csrf`, { headers: { 'X-Forwarded-For': ip } })
  const { csrfToken } = (await csrf.json()) as { csrfToken: string }
  const response = await fetch(`${baseUrl()}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      Cookie: cookiePairs(csrf).join('; '),
      'X-Forwarded-For': ip,
    },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `${baseUrl()}/members` }),
  })
  return { response, cookie: [...cookiePairs(csrf), ...cookiePairs(response)].join('; ') }
}
