import type { Offender } from '@/payload-types'

/** The parts of a profile that retention reads: what the job selects and the admin form holds. */
export type RetentionProfile = Partial<
  Pick<
    Offender,
    'status' | 'lastIncidentAt' | 'approvedAt' | 'createdAt' | 'archivedAt' | 'updatedAt' | 'exclusion'
  >
> & { retentionHold?: { reason?: string | null } | null }

/** What the job selects to decide about a profile (and nothing more: no names, no notes). */
export const retentionProfileSelect = {
  status: true,
  lastIncidentAt: true,
  approvedAt: true,
  createdAt: true,
  archivedAt: true,
  updatedAt: true,
  exclusion: { stage: true, endsAt: true },
  retentionHold: { reason: true },
} as const
