import { recordLabel } from '@/lib/format/recordLabel'

/**
 * The approval queue's only reading of incident types and warning markers: how a stored value is shown.
 * Both are records (docs/vocabulary.md); the queue's queries populate their labels (`proposalLabelPopulate`).
 */
export const incidentTypeLabel = (value: unknown): string => recordLabel(value)

/** A warning marker's label; see `incidentTypeLabel`. */
export const warningMarkerLabel = (value: unknown): string => recordLabel(value)

/** The populate that gives the queue's queries the labels above, and nothing else of those records. */
export const proposalLabelPopulate = {
  'incident-types': { label: true },
  'warning-markers': { label: true },
} as const
