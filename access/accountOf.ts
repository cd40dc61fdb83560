import type { PayloadRequest } from 'payload'
import type { Member, User } from '@/payload-types'

export type StaffAccount = User & { collection: 'users' }
export type MemberAccount = Member & { collection: 'members' }
export type Account = StaffAccount | MemberAccount

/**
 * Narrows `req.user` to one of the two auth collections. Access functions always ask which
 * collection an account comes from: being logged in says nothing about what someone may see.
 */
export const accountOf = (req: Pick<PayloadRequest, 'user'>): Account | null => {
  const user = req.user as (Account & { collection?: string }) | null | undefined
  if (!user) return null
  if (user.collection === 'users' || user.collection === 'members') return user
  return null
}

export const staffOf = (req: Pick<PayloadRequest, 'user'>): StaffAccount | null => {
  const account = accountOf(req)
  return account?.collection === 'users' ? account : null
}

/**
 * The active member account behind a request, or null. Members have rights only through the app's own
 * server code (the members' area calls the Local API as the member, `payloadAPI` 'local'), never over
 * Payload's REST API: the member door (lib/rest/refuseMemberTokens.ts) refuses their tokens before
 * Payload sees them, and should a member's token ever reach a REST operation anyway, every rule written
 * with this function gives it nothing.
 */
export const memberOf = (
  req: Pick<PayloadRequest, 'user'> & { payloadAPI?: PayloadRequest['payloadAPI'] },
): MemberAccount | null => {
  if (req.payloadAPI === 'REST' || req.payloadAPI === 'GraphQL') return null
  const account = accountOf(req)
  // A suspended account has no rights even while an old token is still valid.
  if (account?.collection !== 'members' || account.accountStatus === 'suspended') return null
  return account
}
