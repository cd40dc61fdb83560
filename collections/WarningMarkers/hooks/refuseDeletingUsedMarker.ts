import { refuseDeleteWhileUsed } from '@/lib/database/refuseDeleteWhileUsed'

/** A marker on any profile is retired, not deleted: the profiles keep their warnings. */
export const refuseDeletingUsedMarker = refuseDeleteWhileUsed(
  'warning marker',
  [{ collection: 'offenders', field: 'warningMarkers', noun: 'profile' }],
  'tick "Retired" instead, so it is no longer offered for new profiles',
)
