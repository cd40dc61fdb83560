import type { Payload } from 'payload'
import { newTotpSecret } from './newTotpSecret'
import { openSecret } from './openSecret'
import { sealSecret } from './sealSecret'

/**
 * The secret an account that has no second factor yet is enrolling with: the one already pending (so a
 * reloaded page still matches what the app scanned) or a new one, stored sealed as `pendingSecret`. It only
 * becomes the account's factor once a code from it is checked at sign-in (checkSecondFactor).
 */
export const startEnrolment = async (
  payload: Payload,
  userId: number,
  pending: string | null,
): Promise<string> => {
  const existing = openSecret(pending)
  if (existing) return existing
  const secret = newTotpSecret()
  await payload.update({
    collection: 'users',
    id: userId,
    data: { secondFactor: { pendingSecret: sealSecret(secret) } },
    depth: 0,
    // Called only after Payload verified this account's password (PasswordAccepted); the field is
    // writable by nobody through the API.
    overrideAccess: true,
  })
  return secret
}
