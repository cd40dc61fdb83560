import { normaliseHeader } from './normaliseHeader'

type Option = { label: string; value: string }

/**
 * The option a cell names, by its value or label in any case or punctuation ("ID sought", "id-sought",
 * "Anti-social behaviour"), or by one of the extra spellings given. Null when none matches.
 */
export const matchChoice = <Value extends string>(
  cell: string,
  options: readonly Option[],
  extra: Record<string, Value> = {},
): Value | null => {
  const wanted = normaliseHeader(cell)
  for (const option of options) {
    if (normaliseHeader(option.value) === wanted || normaliseHeader(option.label) === wanted) {
      return option.value as Value
    }
  }
  for (const [spelling, value] of Object.entries(extra)) {
    if (normaliseHeader(spelling) === wanted) return value
  }
  return null
}
