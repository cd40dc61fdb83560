import type { ColumnSpec } from './columnSpec'
import { normaliseHeader } from './normaliseHeader'
import { parseCsv } from './parseCsv'

/** One data row: its row number as a spreadsheet shows it (the header is row 1) and its cells by key. */
export type TableRow = { row: number; values: Record<string, string> }
export type Table = { rows: TableRow[]; fileErrors: string[]; ignoredHeaders: string[] }

/**
 * Parses a CSV file and matches its header to the kind's columns, however the spreadsheet spelled them.
 * A missing required column, or two headers for the same column, is an error about the whole file; an
 * unknown column is ignored and reported, so a scheme's extra working columns do not block an import.
 */
export const readTable = (text: string, columns: readonly ColumnSpec[]): Table => {
  const [header, ...records] = parseCsv(text)
  if (!header) return { rows: [], fileErrors: ['The file is empty.'], ignoredHeaders: [] }
  const byName = new Map<string, ColumnSpec>()
  for (const column of columns) {
    for (const name of [column.key, column.header, ...column.aliases])
      byName.set(normaliseHeader(name), column)
  }
  const fileErrors: string[] = []
  const ignoredHeaders: string[] = []
  const keyAt: (string | null)[] = []
  const seen = new Map<string, string>()
  for (const heading of header) {
    const column = byName.get(normaliseHeader(heading))
    if (!column) {
      if (heading.trim()) ignoredHeaders.push(heading.trim())
      keyAt.push(null)
      continue
    }
    const earlier = seen.get(column.key)
    if (earlier !== undefined) {
      fileErrors.push(
        `The columns "${earlier}" and "${heading.trim()}" both mean ${column.header}: keep one.`,
      )
    }
    seen.set(column.key, heading.trim())
    keyAt.push(column.key)
  }
  for (const column of columns) {
    if (column.required && !seen.has(column.key)) {
      fileErrors.push(`The file has no "${column.header}" column (the first row must name the columns).`)
    }
  }
  const rows = records.map((cells, index) => {
    const values: Record<string, string> = {}
    cells.forEach((cell, position) => {
      const key = keyAt[position]
      if (key) values[key] = cell.trim()
    })
    return { row: index + 2, values }
  })
  if (!rows.length && !fileErrors.length) fileErrors.push('The file has a header row but no data rows.')
  return { rows, fileErrors, ignoredHeaders }
}
