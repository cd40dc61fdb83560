import type { Config } from '@/payload-types'

/**
 * A profile's description as the members' profile page shows it; staff reads (subject access exports) add
 * the staff-only fields to it. Field access still decides what each reader gets back.
 */
export const offenderProfileSelect = {
  displayName: true,
  aliases: true,
  gallery: true,
  photos: true,
  appearance: true,
  warningMarkers: true,
  modusOperandi: true,
  associates: true,
  exclusion: true,
  lastIncidentAt: true,
  policeNotes: true,
} as const satisfies Config['collectionsSelect']['offenders']
