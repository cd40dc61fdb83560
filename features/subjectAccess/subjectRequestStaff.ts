import 'server-only'
import type { Payload } from 'payload'
import type { Account, StaffAccount } from '@/access/accountOf'
import { isSchemeManagerAccount } from '@/access/isSchemeManagerAccount'

/**
 * Who is asking, from Payload's own auth (the admin's `payload-token` cookie or an Authorization header):
 * `staff` only for a staff account (collection `users`) holding admin or scheme-manager, the roles that
 * answer subject requests. A member's token is a signed-in user too, so the collection is checked.
 */
export const subjectRequestStaff = async (
  payload: Payload,
  requestHeaders: Headers,
): Promise<{ account: Account | null; staff: StaffAccount | null }> => {
  const { user } = await payload.auth({ headers: requestHeaders })
  const account = user?.collection === 'users' || user?.collection === 'members' ? (user as Account) : null
  const staff = isSchemeManagerAccount(account) ? account : null
  return { account, staff }
}
