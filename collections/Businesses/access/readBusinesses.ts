import type { Access, AccessResult, Where } from 'payload'
import { memberOf } from '@/access/accountOf'
import { businessOf } from '@/access/member'
import { hasStaffRole } from '@/access/staff'

/** The public, and members of other businesses, see adopted active shops (their public fields only). */
const adoptedShops: Where = {
  and: [{ isAdopted: { equals: true } }, { membershipStatus: { equals: 'active' } }],
}

export const readBusinesses: Access = ({ req }): AccessResult => {
  if (hasStaffRole(req, 'admin', 'scheme-manager')) return true
  const member = memberOf(req)
  if (member?.role === 'police' || member?.role === 'partner') return true
  const own = businessOf(member)
  if (own !== null) return { or: [{ id: { equals: own } }, adoptedShops] }
  return adoptedShops
}
