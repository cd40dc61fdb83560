import type { Account } from '@/access/accountOf'

/** How the person who served a notice is named on it: their name, and for police their force and collar number. */
export const servedByNameOf = (account: Account): string => {
  if (account.collection === 'users') return account.name
  const badge = [account.force, account.collarNumber].filter(Boolean).join(' ')
  return (badge ? `${account.name} (${badge})` : account.name).slice(0, 120)
}
