import type { Access, AccessResult } from 'payload'
import { businessOf, memberWithRole } from '@/access/member'
import { isSchemeManager } from '@/access/staff'

/** Scheme managers and admins see every acceptance; a business manager sees their own business's. */
export const readAcceptances: Access = (args): AccessResult => {
  if (isSchemeManager(args)) return true
  const business = businessOf(memberWithRole(args.req, 'business-manager'))
  return business === null ? false : { business: { equals: business } }
}
