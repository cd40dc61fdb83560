import type { ColumnSpec } from './columnSpec'
import type { GridRow } from './GridRow'
import { normaliseHeader } from './normaliseHeader'

/** How far down a header may sit: below a title, a date line and a two-row group label, with room to spare. */
export const headerSearchRows = 10

/**
 * The index of the row holding the column headings: the first of the first ten rows naming at least two
 * known columns, so a title row above the table ("Offender gallery, March 2026") or the merged group labels
 * of a two-row header ("Person", "Exclusion") are passed over. When none does, the first row: its missing
 * columns are then reported as usual.
 */
export const findHeaderRow = (grid: readonly GridRow[], byName: Map<string, ColumnSpec>): number => {
  const index = grid.slice(0, headerSearchRows).findIndex((row) => {
    const named = new Set(row.cells.map((cell) => byName.get(normaliseHeader(cell))?.key).filter(Boolean))
    return named.size >= 2
  })
  return Math.max(index, 0)
}
