import { demoPassword } from './http'
import { testPayload } from './testPayload'

/**
 * A real Payload token for a member account, minted with the Local API on the app's own database and
 * secret (`npm test` gives the HTTP tests the app's DATABASE_URL and PAYLOAD_SECRET). Members cannot sign
 * in over REST (docs/access-control.md, "the member door"), yet an old or stolen token may still be sent:
 * the HTTP tests use this one to prove the API refuses it.
 */
export const memberToken = async (email: string, password = demoPassword): Promise<string> => {
  const payload = await testPayload()
  const { token } = await payload.login({
    collection: 'members',
    data: { email, password },
    overrideAccess: true, // test set-up: a genuine token, so the refusal is the door's and not a bad token
  })
  if (!token) throw new Error(`No token for ${email}`)
  return token
}

/** The Authorization header carrying a member's real token. */
export const memberJwt = async (email: string): Promise<Record<string, string>> => ({
  Authorization: `JWT ${await memberToken(email)}`,
})
