import type { Account } from '@/access/accountOf'

/** "PC Dana Hill (police, Northamptonshire Police, collar 1234, dana@…)": who a pack's footer names. */
export const describeExporter = (account: Account): string => {
  if (account.collection === 'users') return `${account.name} (scheme staff, ${account.email})`
  const force = account.force ? `, ${account.force}` : ''
  const collar = account.collarNumber ? `, collar ${account.collarNumber}` : ''
  return `${account.name} (police${force}${collar}, ${account.email})`
}
