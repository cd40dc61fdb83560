import type { VocabularyOption } from '@/features/vocabulary/vocabularyOption'
import { matchChoice } from './matchChoice'

/** A cell matched against scheme vocabulary: the key, or why it cannot be used. */
export type VocabularyMatch = { key: string } | { problem: string }

/**
 * The entry a cell names by key or label, in any case or punctuation, or by one of the extra spellings when
 * the scheme has that key. A retired entry is refused by name (new records may not use it); an unknown one
 * lists what may be used.
 */
export const matchVocabulary = (
  cell: string,
  options: readonly VocabularyOption[],
  what: string,
  extra: Record<string, string> = {},
): VocabularyMatch => {
  const known = new Set(options.map((option) => option.value))
  const spellings = Object.fromEntries(Object.entries(extra).filter(([, key]) => known.has(key)))
  const key = matchChoice(cell, options, spellings)
  const option = options.find((entry) => entry.value === key)
  if (option && !option.retired) return { key: option.value }
  if (option) return { problem: `"${cell}" is a retired ${what}: choose one still in use.` }
  const usable = options.filter((entry) => !entry.retired).map((entry) => entry.label.toLowerCase())
  return {
    problem: `"${cell}" is not ${what === 'incident type' ? 'an' : 'a'} ${what} (${usable.join(', ')}).`,
  }
}
