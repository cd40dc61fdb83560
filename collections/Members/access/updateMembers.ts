import type { Access, AccessResult } from 'payload'
import { memberOf } from '@/access/accountOf'
import { businessOf, memberWithRole } from '@/access/member'
import { hasStaffRole } from '@/access/staff'
import { changesSignInDetails } from './changesSignInDetails'
import { managedAccountsWhere } from './managedAccountsWhere'
import { provedCurrentPassword } from './provedCurrentPassword'

/**
 * Scheme staff update any account. Nobody else changes an email or a password unless it is their own and
 * they have just proved the current password (the members' area's change-password form): so a stolen
 * session cannot lock its owner out, and a business manager can never set a colleague's password or send
 * their reset link elsewhere. Otherwise a business manager updates their business's accounts (not a
 * suspension by the scheme) and anyone else their own account.
 */
export const updateMembers: Access = ({ req, id, data }): AccessResult => {
  if (hasStaffRole(req, 'admin', 'scheme-manager')) return true
  if (changesSignInDetails(data) && !provedCurrentPassword(req, id)) return false
  const manager = businessOf(memberWithRole(req, 'business-manager'))
  if (manager) return managedAccountsWhere(manager, data)
  const member = memberOf(req)
  return member ? { id: { equals: member.id } } : false
}
