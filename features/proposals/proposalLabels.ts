import { incidentTypes } from '@/collections/Incidents/incidentTypes'
import { warningMarkers } from '@/collections/Offenders/warningMarkers'
import { labelOf } from '@/lib/format/labelOf'

/**
 * The approval queue's only reading of incident types and warning markers: how a stored value is shown.
 * Kept in this one place so a change in where these lists live touches nothing else in the queue.
 */
export const incidentTypeLabel = (value: string | null | undefined): string => labelOf(incidentTypes, value)

/** A warning marker's label; see `incidentTypeLabel`. */
export const warningMarkerLabel = (value: string | null | undefined): string => labelOf(warningMarkers, value)
