import { redirect } from 'next/navigation'
import type { PayloadRequest } from 'payload'

/**
 * Payload renders custom admin views for anyone: a visitor who is not signed in is sent to the staff
 * sign-in (by way of the admin's login route) and comes back to `path` afterwards. Signed-in accounts
 * without the role still get the view's own refusal, which is audit-logged there.
 */
export const redirectAnonymousToSignIn = (req: PayloadRequest, path: string): void => {
  if (req.user) return
  const admin = req.payload.config.routes.admin
  redirect(
    `${admin}${req.payload.config.admin.routes.login}?redirect=${encodeURIComponent(`${admin}${path}`)}`,
  )
}
