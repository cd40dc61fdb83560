/**
 * What to show for a relationship to a labelled record (an incident type, a warning marker): its label when
 * it arrived populated, else its key, so a list never shows a blank.
 */
export const recordLabel = (value: unknown): string => {
  if (typeof value === 'string') return value
  if (value && typeof value === 'object') {
    const record = value as { label?: unknown; name?: unknown; id?: unknown }
    if (typeof record.label === 'string') return record.label
    if (typeof record.name === 'string') return record.name
    if (record.id !== undefined && record.id !== null) return String(record.id)
  }
  return ''
}
