import { incidentTypes } from '@/collections/Incidents/incidentTypes'
import type { PatternIncident, TypeCount } from './types'

const labelByValue = new Map<string, string>(incidentTypes.map((type) => [type.value, type.label]))

/**
 * Incidents per type, most frequent first (ties by label, so the order never depends on row order).
 * A type the list does not know (an old or renamed value) keeps its raw value as label rather than
 * vanishing, so the counts still add up to the number of rows.
 */
export const byType = (incidents: readonly PatternIncident[]): TypeCount[] => {
  const counts = new Map<string, number>()
  for (const incident of incidents) counts.set(incident.type, (counts.get(incident.type) ?? 0) + 1)
  return typesFromCounts(counts)
}

/** byType's list from counts already made per type value, e.g. by the database. */
export const typesFromCounts = (counts: ReadonlyMap<string, number>): TypeCount[] =>
  [...counts]
    .map(([type, count]) => ({ type, label: labelByValue.get(type) ?? type, count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'en-GB'))
