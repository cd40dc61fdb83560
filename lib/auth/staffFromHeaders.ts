import 'server-only'
import type { StaffAccount } from '@/access/accountOf'
import { getPayloadClient } from '@/lib/database/getPayloadClient'

/**
 * The staff account signed in to Payload's admin on this request (its `payload-token` cookie), or null.
 * Only for draft previews: it checks the collection, since a member's Payload token is a signed-in user too.
 */
export const staffFromHeaders = async (requestHeaders: Headers): Promise<StaffAccount | null> => {
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: requestHeaders })
  return user?.collection === 'users' ? (user as StaffAccount) : null
}
