import 'server-only'
import { headers } from 'next/headers'
import type { StaffAccount } from '@/access/accountOf'
import type { StaffRole } from '@/access/roles'
import { getPayloadClient } from '@/lib/database/getPayloadClient'

/**
 * The signed-in staff account for an admin server action, from Payload's own auth cookie, or null.
 * Checks the collection (staff are `users`), never just "signed in", and the roles asked for.
 */
export const currentStaff = async (...roles: StaffRole[]): Promise<StaffAccount | null> => {
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  if (user?.collection !== 'users') return null
  const staff = user as StaffAccount
  if (roles.length && !staff.roles?.some((role) => roles.includes(role))) return null
  return staff
}
