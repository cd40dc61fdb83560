import { refuseDeleteWhileUsed } from '@/lib/database/refuseDeleteWhileUsed'

/** A version someone has opened or accepted is evidence of that: it stays. */
export const refuseDeletingReadVersion = refuseDeleteWhileUsed(
  'version',
  [
    { collection: 'document-reads', field: 'version', noun: 'read receipt' },
    { collection: 'document-acceptances', field: 'version', noun: 'acceptance' },
  ],
  'upload a new version instead',
)
