import type { Account, StaffAccount } from './accountOf'
import type { StaffRole } from './roles'

const schemeManagerRoles: readonly StaffRole[] = ['admin', 'scheme-manager']

/**
 * A staff account (collection `users`, never a portal member) holding the admin or scheme-manager role:
 * the people who run the scheme's data. For pages and views that have the account, not a request; access
 * functions use `isSchemeManager` (access/staff.ts), which asks the same question of `req`.
 */
export const isSchemeManagerAccount = (account: Account | null | undefined): account is StaffAccount =>
  account?.collection === 'users' && Boolean(account.roles?.some((role) => schemeManagerRoles.includes(role)))
