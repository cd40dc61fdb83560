import type { Account } from '@/access/accountOf'

/** Imports are for scheme managers and admins: a staff account (collection `users`) with one of those roles. */
export const mayImport = (account: Account | null | undefined): boolean =>
  account?.collection === 'users' &&
  Boolean(account.roles?.some((role) => role === 'admin' || role === 'scheme-manager'))
