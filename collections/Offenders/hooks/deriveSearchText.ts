import type { CollectionBeforeChangeHook } from 'payload'

/**
 * What the gallery's search looks in, in one column: the display name, the aliases and the appearance
 * fields, one per line. One column can carry a trigram index (migration 20261204_search_text_trigram); a
 * search across the profile's own columns and its aliases' table needed a join and an OR the index cannot
 * serve, so every search read every profile (bench/RESULTS.md, growth table). Runs after deriveDisplayName.
 */
export const deriveSearchText: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const pick = <K extends string>(key: K) => (data[key] !== undefined ? data[key] : originalDoc?.[key])
  const aliases = (pick('aliases') as { alias?: string | null }[] | null | undefined) ?? []
  const appearance =
    (pick('appearance') as
      | { distinguishingFeatures?: string | null; usualClothing?: string | null }
      | null
      | undefined) ?? {}
  const searchText = [
    data.displayName ?? originalDoc?.displayName,
    ...aliases.map((entry) => entry.alias),
    appearance.distinguishingFeatures,
    appearance.usualClothing,
  ]
    .map((part) => (typeof part === 'string' ? part.trim() : ''))
    .filter(Boolean)
    .join('\n')
  return { ...data, searchText }
}
