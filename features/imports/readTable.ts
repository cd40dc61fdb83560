import type { ColumnSpec } from './columnSpec'
import { parseCsv } from './parseCsv'
import { type Table, tableOfGrid } from './tableOfGrid'

export type { Table, TableRow } from './tableOfGrid'

/**
 * Parses a CSV file and matches its header to the kind's columns (tableOfGrid). Rows are numbered as the
 * spreadsheet numbers its records: the header is row 1 unless a title row sits above it.
 */
export const readTable = (text: string, columns: readonly ColumnSpec[]): Table =>
  tableOfGrid(
    parseCsv(text).map((cells, index) => ({ row: index + 1, cells })),
    columns,
  )
