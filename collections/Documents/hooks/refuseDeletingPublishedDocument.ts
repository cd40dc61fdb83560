import { refuseDeleteWhileUsed } from '@/lib/database/refuseDeleteWhileUsed'

/** A document with versions is the record of what members read and accepted: retire it instead. */
export const refuseDeletingPublishedDocument = refuseDeleteWhileUsed(
  'document',
  [{ collection: 'document-versions', field: 'document', noun: 'version' }],
  'tick “Retired” to take it out of the members’ area',
)
