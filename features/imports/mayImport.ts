import type { Account } from '@/access/accountOf'
import { isSchemeManagerAccount } from '@/access/isSchemeManagerAccount'

/** Imports are for scheme managers and admins: a staff account (collection `users`) with one of those roles. */
export const mayImport = (account: Account | null | undefined): boolean => isSchemeManagerAccount(account)
