import type { Access, AccessResult } from 'payload'
import { memberOf } from '@/access/accountOf'
import { isSchemeManager } from '@/access/staff'

/** Scheme managers and admins see every read receipt; a member sees only their own. */
export const readOwnReads: Access = (args): AccessResult => {
  if (isSchemeManager(args)) return true
  const member = memberOf(args.req)
  return member ? { member: { equals: member.id } } : false
}
