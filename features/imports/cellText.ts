import { format } from 'date-fns'
import type { CellValue } from 'exceljs'
import { inUtc } from '@/lib/time/zones'
import { excelSerialToDate } from './excelSerialToDate'
import type { SpreadsheetCellKind } from './spreadsheetCellKinds'

export type CellReading = { text: string } | { problem: string }

// Excel's largest date, 31/12/9999; a bigger number in a date column is not a date.
const lastSerial = 2_958_465
const millisecondsPerDay = 86_400_000

// The spreadsheet library gives dates as Dates whose UTC fields are the wall-clock value in the sheet.
const wallClock = (date: Date, pattern: string) => format(date, pattern, { in: inUtc })
const hasTime = (date: Date) => date.getTime() % millisecondsPerDay !== 0
// A time typed alone (15:40) is a fraction of day 0: 30/12/1899, or 01/01/1904 in a 1904-based workbook.
const dayZero1904 = Date.UTC(1904, 0, 1)
const isTimeAlone = (date: Date) =>
  date.getTime() < Date.UTC(1900, 0, 1) ||
  (date.getTime() >= dayZero1904 && date.getTime() < dayZero1904 + millisecondsPerDay)

const dateText = (date: Date, kind: SpreadsheetCellKind | undefined): string => {
  if (kind === 'time' || (kind !== 'date' && isTimeAlone(date))) return wallClock(date, 'HH:mm')
  if (kind === 'date' || !hasTime(date)) return wallClock(date, 'dd/MM/yyyy')
  return wallClock(date, 'dd/MM/yyyy HH:mm')
}

const numberText = (value: number, kind: SpreadsheetCellKind | undefined, date1904: boolean): string => {
  if (kind === 'money') return String(Math.round(value * 100) / 100)
  if (kind === 'time' && value >= 0) return wallClock(excelSerialToDate(value % 1), 'HH:mm')
  if ((kind === 'date' || kind === 'datetime') && value >= 1 && value <= lastSerial) {
    return dateText(excelSerialToDate(value, date1904), kind)
  }
  // Fifteen significant digits, as Excel shows them: 0.1 + 0.2 is 0.3, not 0.30000000000000004.
  return String(Number(value.toPrecision(15)))
}

/**
 * A worksheet cell's value as the text the import's cell rules read (the same as a CSV cell would hold):
 * numbers as written (serial dates and times as dd/mm/yyyy hh:mm in date and time columns), dates and times
 * as UK dd/mm/yyyy and hh:mm, yes/no for TRUE/FALSE, a formula's saved result, rich text's and a hyperlink's
 * text. An error value, or a formula whose result was never saved, is a problem with that cell.
 */
export const cellText = (
  value: CellValue,
  kind: SpreadsheetCellKind | undefined,
  date1904: boolean,
): CellReading => {
  if (value === null || value === undefined) return { text: '' }
  if (typeof value === 'string') return { text: value }
  if (typeof value === 'number') return { text: numberText(value, kind, date1904) }
  if (typeof value === 'boolean') return { text: value ? 'yes' : 'no' }
  if (value instanceof Date) {
    return Number.isNaN(value.getTime())
      ? { problem: 'The date cannot be read.' }
      : { text: dateText(value, kind) }
  }
  if ('error' in value)
    return { problem: `The cell shows the error ${value.error}: correct it or type the value.` }
  if ('formula' in value || 'sharedFormula' in value) {
    if (value.result === undefined || value.result === null) {
      return {
        problem:
          'The formula has no saved result (the file was not saved by Excel): open it in Excel and save it, or type the value.',
      }
    }
    return cellText(value.result, kind, date1904)
  }
  if ('richText' in value) return { text: value.richText.map((run) => run.text).join('') }
  if ('hyperlink' in value) return cellText(value.text as CellValue, kind, date1904)
  return { problem: 'The cell cannot be read: type the value again.' }
}
