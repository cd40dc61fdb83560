import type { Access, AccessResult } from 'payload'
import { memberOf } from '@/access/accountOf'
import { isContentStaff } from '@/access/staff'

/** Staff see every reply; a member sees and changes only their own. */
export const ownRsvps: Access = (args): AccessResult => {
  if (isContentStaff(args)) return true
  const member = memberOf(args.req)
  return member ? { member: { equals: member.id } } : false
}
