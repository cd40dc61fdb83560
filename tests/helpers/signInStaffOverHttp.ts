import { enrolStaffWithKnownSecret } from './staffSecondFactor'
import { staffTokenOf, submitStaffSignIn } from './staffSignInOverHttp'

/** A staff account's Authorization header, signed in through /staff/sign-in with a known second factor. */
export const signInStaffOverHttp = async (email: string): Promise<Record<string, string>> => {
  await enrolStaffWithKnownSecret(email)
  const response = await submitStaffSignIn(email)
  const token = staffTokenOf(response)
  if (!token) throw new Error(`Staff sign-in as ${email} failed with ${response.status}`)
  return { Authorization: `JWT ${token}` }
}
