import { refuseDeleteWhileUsed } from '@/lib/database/refuseDeleteWhileUsed'

/** An outcome reports carry is retired, not deleted: the reports and the outcome figures keep it. */
export const refuseDeletingUsedOutcome = refuseDeleteWhileUsed(
  'police outcome',
  [{ collection: 'incidents', field: 'police.outcome', noun: 'report' }],
  'tick "Retired" instead, so it is no longer offered for new outcomes',
)
