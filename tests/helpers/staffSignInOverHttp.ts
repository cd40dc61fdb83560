/**
 * Signs a staff account in over plain HTTP through the real /staff/sign-in form, the way a browser without
 * JavaScript submits it: the page's hidden server-action fields plus email, password and code, posted back
 * to the page. No test-only route: the same server action, checks and cookie as for a person.
 */
import { baseUrl, demoPassword } from './http'
import { enrolStaffWithKnownSecret, staffCode } from './staffSecondFactor'

const decode = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')

const attribute = (tag: string, name: string) => {
  const found = tag.match(new RegExp(`\\s${name}="([^"]*)"`))
  return found ? decode(found[1] ?? '') : undefined
}

/** The hidden inputs of the sign-in form (server action id and bound state, `next`). */
const hiddenFields = (html: string): [string, string][] => {
  const form = html.slice(html.indexOf('<form'), html.indexOf('</form>'))
  return [...form.matchAll(/<input\b[^>]*>/g)]
    .map((match) => match[0])
    .filter((tag) => attribute(tag, 'type') === 'hidden')
    .map((tag) => [attribute(tag, 'name') ?? '', attribute(tag, 'value') ?? ''] as [string, string])
    .filter(([name]) => name)
}

/** Submits the staff sign-in form once; returns the raw response (a 303 to the admin when signed in). */
export const submitStaffSignIn = async (
  email: string,
  { password = demoPassword, code = staffCode() }: { password?: string; code?: string } = {},
): Promise<Response> => {
  const page = await fetch(`${baseUrl()}/staff/sign-in`)
  const form = new FormData()
  for (const [name, value] of hiddenFields(await page.text())) form.append(name, value)
  form.set('email', email)
  form.set('password', password)
  form.set('code', code)
  return fetch(`${baseUrl()}/staff/sign-in`, {
    method: 'POST',
    body: form,
    redirect: 'manual',
    headers: { Origin: baseUrl() },
  })
}

/** The staff session token Payload's cookie carries, from a sign-in response; null when none was set. */
export const staffTokenOf = (response: Response): string | null => {
  for (const cookie of response.headers.getSetCookie()) {
    const found = cookie.match(/^(?:__Host-)?payload-token=([^;]+)/)
    if (found?.[1]) return found[1]
  }
  return null
}

/** A staff account's Authorization header, signed in through /staff/sign-in with a known second factor. */
export const signInStaffOverHttp = async (email: string): Promise<Record<string, string>> => {
  await enrolStaffWithKnownSecret(email)
  const response = await submitStaffSignIn(email)
  const token = staffTokenOf(response)
  if (!token) throw new Error(`Staff sign-in as ${email} failed with ${response.status}`)
  return { Authorization: `JWT ${token}` }
}
