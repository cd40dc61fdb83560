import type { Account } from '@/access/accountOf'
import { isSchemeManagerAccount } from '@/access/isSchemeManagerAccount'

/**
 * Who may take evidence out of the scheme as a PDF (police build cases from it; staff run the scheme):
 * police members and admin/scheme-manager staff. Business members, partners and editors may
 * not, even for reports they can read: a pack carries a reporter's contact details for a witness statement.
 * What each may see inside the pack is still decided by the collections' own access rules.
 */
export const mayExportEvidencePack = (account: Account | null): boolean => {
  if (!account) return false
  if (account.collection === 'members') return account.role === 'police' && account.accountStatus === 'active'
  return isSchemeManagerAccount(account)
}
