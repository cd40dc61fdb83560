import { signInMember } from '../../scripts/lib/signInMember'

/** A scale member's Cookie header after signing in over HTTP from their own address; throws if refused. */
export const memberCookie = async (baseUrl: string, email: string, password: string, address: string) => {
  const signedIn = await signInMember(baseUrl, email, password, { headers: { 'X-Forwarded-For': address } })
  if (!signedIn.signedIn) throw new Error(`Signing in ${email} failed (${signedIn.response.status})`)
  return signedIn.cookie
}
