import type { Access, AccessResult } from 'payload'
import { businessOf, memberWithRole } from '@/access/member'
import { isSchemeManager } from '@/access/staff'

/** Staff and police see every visit; a business sees the visits to its own shop. */
export const readShopVisits: Access = (args): AccessResult => {
  if (isSchemeManager(args) || memberWithRole(args.req, 'police')) return true
  const business = businessOf(memberWithRole(args.req, 'member', 'business-manager'))
  return business !== null ? { business: { equals: business } } : false
}
