import type { FieldAccess } from 'payload'
import { memberOf } from '@/access/accountOf'
import { businessOf } from '@/access/member'
import { relationId } from '@/access/relationId'
import { hasStaffRole } from '@/access/staff'

/** Contact details, agreement and the officer's account: staff, police, partners and the business itself. */
export const readPrivateBusinessField: FieldAccess = ({ req, doc }) => {
  if (hasStaffRole(req, 'admin', 'scheme-manager')) return true
  const member = memberOf(req)
  if (member?.role === 'police' || member?.role === 'partner') return true
  const own = businessOf(member)
  return own !== null && own === relationId(doc?.id)
}
