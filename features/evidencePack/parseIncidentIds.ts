/** The most incidents one pack takes: enough for a case file, small enough to build in one request. */
export const maxPackIncidents = 50

/** "1,2,3" (or repeated values) as distinct ids, in order; null when any part is not a plain id. */
export const parseIncidentIds = (values: readonly string[]): number[] | null => {
  const ids: number[] = []
  for (const part of values.flatMap((value) => value.split(','))) {
    const text = part.trim()
    if (!text) continue
    if (!/^\d{1,9}$/.test(text)) return null
    const id = Number(text)
    if (!ids.includes(id)) ids.push(id)
  }
  return ids
}
