import { AuthenticationError, type CollectionBeforeLoginHook } from 'payload'
import { checkSecondFactor } from '@/lib/staffAuth/checkSecondFactor'
import { isFirstAccountRegistration } from '@/lib/staffAuth/isFirstAccountRegistration'
import { openSecret } from '@/lib/staffAuth/openSecret'
import { PasswordAccepted } from '@/lib/staffAuth/signals'
import { staffSignInContextOf } from '@/lib/staffAuth/staffSignInContextOf'

/**
 * No staff session without a second factor. Runs after Payload has checked the password and lockout and
 * inside the login's transaction, so throwing here rolls the new session back. Only server code can set
 * `req.context` (REST bodies cannot), so Payload's REST login, the stock admin form and reset-password all
 * stop here (first-register only on an empty install); our own sign-in (lib/staffAuth/signInStaff) passes
 * the code to check.
 */
export const requireSecondFactor: CollectionBeforeLoginHook = async ({ req, user }) => {
  const signIn = staffSignInContextOf(req.context)
  if (signIn?.step === 'password-reset') return user
  if (signIn?.step === 'password') {
    const factor = user.secondFactor ?? {}
    throw new PasswordAccepted(user.id, Boolean(openSecret(factor.secret)), factor.pendingSecret ?? null)
  }
  if (signIn?.step === 'code') {
    signIn.result = await checkSecondFactor(req, user, signIn.code)
    return user
  }
  // Bootstrap of an empty install: the first admin, created seconds ago, enrols at their next sign-in.
  if (await isFirstAccountRegistration(req)) return user
  // Same answer as a wrong password: the REST login must not tell a right password from a wrong one.
  throw new AuthenticationError(req.t)
}
