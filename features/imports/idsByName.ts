import { normaliseKey } from './normaliseKey'

/**
 * Ids by name as the import matches names (normaliseKey: no accents, case or punctuation), so a cell finds
 * a business or a person however it is written. A name two records share keeps both ids.
 */
export const idsByName = (entries: Iterable<readonly [string | null | undefined, number]>) => {
  const byName = new Map<string, Set<number>>()
  for (const [name, id] of entries) {
    const key = normaliseKey(name)
    if (key) byName.set(key, (byName.get(key) ?? new Set()).add(id))
  }
  return byName
}
