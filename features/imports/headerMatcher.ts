import type { ColumnSpec } from './columnSpec'
import { normaliseHeader } from './normaliseHeader'

/** Every spelling of every column (key, heading, aliases), normalised, to the column it names. */
export const headerMatcher = (columns: readonly ColumnSpec[]): Map<string, ColumnSpec> => {
  const byName = new Map<string, ColumnSpec>()
  for (const column of columns) {
    for (const name of [column.key, column.header, ...column.aliases])
      byName.set(normaliseHeader(name), column)
  }
  return byName
}
