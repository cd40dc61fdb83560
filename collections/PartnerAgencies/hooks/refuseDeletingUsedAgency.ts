import { refuseDeleteWhileUsed } from '@/lib/database/refuseDeleteWhileUsed'

/** An agency with accounts is retired, not deleted: its accounts would otherwise lose their agency. */
export const refuseDeletingUsedAgency = refuseDeleteWhileUsed(
  'partner agency',
  [{ collection: 'members', field: 'agency', noun: 'partner account' }],
  'tick "Retired" instead (its accounts then read nothing) or move the accounts to another agency first',
)
