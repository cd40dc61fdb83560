import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import { safeAdminPath } from '@/lib/staffAuth/safeAdminPath'

/**
 * Replaces Payload's login view (admin.components.views.login): staff sign in at /staff/sign-in, which asks
 * for the second factor. The stock form could not sign anyone in anyway (the users beforeLogin hook).
 */
export const RedirectToStaffSignIn = async ({ searchParams }: AdminViewServerProps) => {
  // Payload passes the full admin path it was sent away from (e.g. /admin/collections/offenders).
  redirect(`/staff/sign-in?next=${encodeURIComponent(safeAdminPath(searchParams?.redirect))}`)
}
