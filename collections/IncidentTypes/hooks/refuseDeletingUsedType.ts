import { refuseDeleteWhileUsed } from '@/lib/database/refuseDeleteWhileUsed'

/** A type that reports or a partner's remit use is retired, not deleted: the reports keep their meaning. */
export const refuseDeletingUsedType = refuseDeleteWhileUsed(
  'incident type',
  [
    { collection: 'incidents', field: 'type', noun: 'report' },
    { collection: 'partner-agencies', field: 'remit', noun: 'partner remit' },
  ],
  'tick "Retired" instead, so it is no longer offered for new reports',
)
