import ExcelJS, { type Cell, type Row } from 'exceljs'
import { zipSync } from 'fflate'
import { CsvError } from './CsvError'
import { type CellReading, cellText } from './cellText'
import type { ColumnSpec, ImportKind } from './columnSpec'
import { countWorksheetCells } from './countWorksheetCells'
import { csvLimits, tooLargeMessage } from './csvLimits'
import { findHeaderRow, headerSearchRows } from './findHeaderRow'
import type { GridRow } from './GridRow'
import { headerMatcher } from './headerMatcher'
import { normaliseHeader } from './normaliseHeader'
import { pickWorksheet } from './pickWorksheet'
import { spreadsheetCellKinds } from './spreadsheetCellKinds'
import { type Table, tableOfGrid } from './tableOfGrid'
import { unpackWorkbook } from './unpackWorkbook'
import { workbookLimits } from './workbookLimits'
import { workbookMessages } from './workbookMessages'

// The second and later cells of a merged range repeat the first one's value: read them as blank, so a
// heading merged across two columns is one heading, not two.
const isMergedTail = (cell: Cell) => cell.isMerged && cell.master.address !== cell.address

const readRow = (row: Row, width: number, read: (cell: Cell, position: number) => CellReading): GridRow => {
  const cells: string[] = []
  const problems: GridRow['problems'] = []
  for (let position = 0; position < width; position++) {
    const cell = row.getCell(position + 1)
    const reading = isMergedTail(cell) ? { text: '' } : read(cell, position)
    if ('problem' in reading) {
      problems.push({ position, message: reading.problem })
      cells.push('')
    } else cells.push(reading.text)
  }
  return problems.length ? { row: row.number, cells, problems } : { row: row.number, cells }
}

const loadWorkbook = async (bytes: Uint8Array): Promise<ExcelJS.Workbook> => {
  const entries = unpackWorkbook(bytes)
  if (countWorksheetCells(entries) > workbookLimits.maxCells) throw new CsvError(workbookMessages.tooLarge)
  const workbook = new ExcelJS.Workbook()
  try {
    // The library reads our stored (uncompressed) copy of the entries we measured, never the upload itself.
    await workbook.xlsx.load(Buffer.from(zipSync(entries, { level: 0 })) as unknown as ExcelJS.Buffer)
  } catch {
    throw new CsvError(workbookMessages.unreadable)
  }
  return workbook
}

/**
 * Reads the kind's worksheet of a .xlsx into the same table a CSV file gives (tableOfGrid), so the same
 * column matching, row checks and writes apply. The header is found within the first ten rows (below a
 * title, or under merged group labels); rows keep the numbers the spreadsheet shows; blank rows anywhere
 * are skipped, and blank columns past the table ignored. Cells are read as text by `cellText`, dates and
 * times as the UK wall-clock values the sheet shows.
 */
export const readWorkbook = async (
  bytes: Uint8Array,
  kind: ImportKind,
  columns: readonly ColumnSpec[],
): Promise<Table> => {
  const workbook = await loadWorkbook(bytes)
  const sheet = pickWorksheet(workbook, kind)
  if (!sheet) throw new CsvError(workbookMessages.noSheet)
  const date1904 = workbook.properties.date1904 === true
  const rows: Row[] = []
  let width = 0
  sheet.eachRow({ includeEmpty: false }, (row) => {
    rows.push(row)
    // The last column holding a value: cells that are only formatted, however far right, do not count.
    row.eachCell({ includeEmpty: false }, (_cell, column) => {
      width = Math.max(width, column)
    })
  })
  if (width > workbookLimits.maxColumns) throw new CsvError(workbookMessages.tooManyColumns(width))
  if (rows.length > csvLimits.maxRows + headerSearchRows) throw new CsvError(tooLargeMessage)

  // The header is found on plain text first, so each data column can then be read by what it holds.
  const plain = (cell: Cell) => cellText(cell.value, undefined, date1904)
  const byName = headerMatcher(columns)
  const top = rows.slice(0, headerSearchRows).map((row) => readRow(row, width, plain))
  const headerIndex = findHeaderRow(top, byName)
  const kindAt = (top[headerIndex]?.cells ?? []).map(
    (heading) => spreadsheetCellKinds[byName.get(normaliseHeader(heading))?.key ?? ''],
  )
  const grid = rows.map((row, index) =>
    index <= headerIndex
      ? (top[index] as GridRow)
      : readRow(row, width, (cell, position) => cellText(cell.value, kindAt[position], date1904)),
  )
  return tableOfGrid(grid, columns)
}
