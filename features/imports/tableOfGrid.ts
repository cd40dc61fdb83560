import { columnLetter } from './columnLetter'
import type { ColumnSpec } from './columnSpec'
import { findHeaderRow } from './findHeaderRow'
import type { GridRow } from './GridRow'
import { headerMatcher } from './headerMatcher'
import type { RowError } from './importResult'
import { normaliseHeader } from './normaliseHeader'

/** One data row: its row number as a spreadsheet shows it, its cells by key, and cells that could not be read. */
export type TableRow = { row: number; values: Record<string, string>; problems?: RowError[] }
export type Table = {
  rows: TableRow[]
  fileErrors: string[]
  ignoredHeaders: string[]
  /** The row the headings were found on (1 unless a title or group labels sit above them). */
  headerRow?: number
  /** Each matched column's letter in the file, by key, so an error can say "column F". */
  letters?: Record<string, string>
}

/**
 * Matches a file's rows (CSV records or worksheet rows) to the kind's columns, however the spreadsheet spelled
 * them. A missing required column, or two headers for the same column, is an error about the whole file; an
 * unknown column is ignored and reported, so a scheme's extra working columns do not block an import. Rows
 * with no text in any cell are skipped, wherever they are.
 */
export const tableOfGrid = (grid: readonly GridRow[], columns: readonly ColumnSpec[]): Table => {
  const byName = headerMatcher(columns)
  const headerIndex = findHeaderRow(grid, byName)
  const header = grid[headerIndex]
  if (!header) return { rows: [], fileErrors: ['The file is empty.'], ignoredHeaders: [] }
  const fileErrors: string[] = []
  const ignoredHeaders: string[] = []
  const keyAt: (string | null)[] = []
  const letters: Record<string, string> = {}
  const seen = new Map<string, string>()
  header.cells.forEach((heading, position) => {
    const column = byName.get(normaliseHeader(heading))
    if (!column) {
      if (heading.trim()) ignoredHeaders.push(heading.trim())
      keyAt.push(null)
      return
    }
    const earlier = seen.get(column.key)
    if (earlier !== undefined) {
      fileErrors.push(
        `The columns "${earlier}" and "${heading.trim()}" both mean ${column.header}: keep one.`,
      )
    }
    seen.set(column.key, heading.trim())
    letters[column.key] ??= columnLetter(position)
    keyAt.push(column.key)
  })
  for (const column of columns) {
    if (column.required && !seen.has(column.key)) {
      fileErrors.push(`The file has no "${column.header}" column (the first row must name the columns).`)
    }
  }
  const headerOf = (key: string) => columns.find((column) => column.key === key)?.header ?? key
  const rows: TableRow[] = []
  for (const { row, cells, problems } of grid.slice(headerIndex + 1)) {
    if (cells.every((cell) => !cell.trim()) && !problems?.length) continue
    const values: Record<string, string> = {}
    cells.forEach((cell, position) => {
      const key = keyAt[position]
      if (key) values[key] = cell.trim()
    })
    const errors = (problems ?? []).flatMap(({ position, message }) => {
      const key = keyAt[position]
      return key ? [{ column: headerOf(key), letter: letters[key], message }] : []
    })
    rows.push(errors.length ? { row, values, problems: errors } : { row, values })
  }
  if (!rows.length && !fileErrors.length) fileErrors.push('The file has a header row but no data rows.')
  return { rows, fileErrors, ignoredHeaders, headerRow: header.row, letters }
}
