/**
 * The id of a relationship to a record keyed by text (incident types, warning markers, partner agencies),
 * whether it arrived populated (an object) or as the bare key.
 */
export const relationKey = (value: unknown): string | null => {
  if (typeof value === 'string' && value) return value
  if (value && typeof value === 'object' && 'id' in value) return relationKey((value as { id: unknown }).id)
  return null
}
