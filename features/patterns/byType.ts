import type { PatternIncident, TypeCount } from './types'

/**
 * Incidents per type, most frequent first (ties by label, so the order never depends on row order).
 * A type whose label is not given keeps its key as label rather than vanishing, so the counts still add
 * up to the number of rows.
 */
export const byType = (incidents: readonly PatternIncident[]): TypeCount[] => {
  const counts = new Map<string, number>()
  const labels = new Map<string, string>()
  for (const incident of incidents) {
    counts.set(incident.type, (counts.get(incident.type) ?? 0) + 1)
    if (incident.typeLabel) labels.set(incident.type, incident.typeLabel)
  }
  return typesFromCounts(counts, labels)
}

/** byType's list from counts already made per type key, e.g. by the database, with the labels joined there. */
export const typesFromCounts = (
  counts: ReadonlyMap<string, number>,
  labels: ReadonlyMap<string, string>,
): TypeCount[] =>
  [...counts]
    .map(([type, count]) => ({ type, label: labels.get(type) ?? type, count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'en-GB'))
