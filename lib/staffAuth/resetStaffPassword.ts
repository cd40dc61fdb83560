import type { Payload } from 'payload'
import type { StaffSignInContext } from './types'

/**
 * Sets a staff password from an emailed reset token WITHOUT signing in: Payload's reset also logs in, so
 * the session it makes is removed at once and its token never leaves the server. The next sign-in still
 * needs the second factor. (Payload's REST reset-password is refused by the beforeLogin hook.)
 */
export const resetStaffPassword = async (
  payload: Payload,
  token: string,
  password: string,
): Promise<boolean> => {
  const staffSignIn: StaffSignInContext = { step: 'password-reset' }
  try {
    const result = await payload.resetPassword({
      collection: 'users',
      data: { token, password },
      context: { staffSignIn },
      // The emailed token is the authority here; nobody is signed in.
      overrideAccess: true,
    })
    const userId = (result.user as { id?: number } | undefined)?.id
    if (userId) {
      await payload.db.updateOne({
        collection: 'users',
        id: userId,
        data: { sessions: [] },
        returning: false,
      })
    }
    return true
  } catch {
    return false
  }
}
