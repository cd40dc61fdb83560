import type { Where } from 'payload'

/**
 * The accounts a business manager may update: their business's. A change of account status is narrowed
 * further to accounts that are active or that the business itself suspended: a suspension by scheme staff
 * is the scheme's to lift (`suspendedBy`, set by the recordWhoSuspended hook).
 */
export const managedAccountsWhere = (business: number, data: unknown): Where => {
  const ofBusiness: Where = { business: { equals: business } }
  const changesStatus = (data as { accountStatus?: unknown } | undefined)?.accountStatus !== undefined
  if (!changesStatus) return ofBusiness
  return {
    and: [
      ofBusiness,
      { or: [{ accountStatus: { equals: 'active' } }, { suspendedBy: { equals: 'business' } }] },
    ],
  }
}
