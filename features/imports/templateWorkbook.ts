import ExcelJS from 'exceljs'
import type { ImportKind } from './columnSpec'
import { columnsOf } from './columnsOf'

// Excel keeps a list validation's items in one formula of at most 255 characters, comma-separated.
const listFormula = (items: readonly string[]): string | null => {
  const usable = items.filter((item) => !/[",]/.test(item))
  const joined = `"${usable.join(',')}"`
  return usable.length && joined.length <= 255 ? joined : null
}
// The rows a template offers drop-downs on: far more than a scheme's first import needs.
const validatedRows = 2000

/**
 * A template workbook for one kind of file: the headings (bold, frozen, wide enough to read), one fictional
 * example row as in the CSV template, and drop-down lists on the choice columns (`choices`, by column key)
 * that warn about, but allow, other spellings.
 */
export const templateWorkbook = async (
  kind: ImportKind,
  choices: Record<string, readonly string[]>,
): Promise<Uint8Array> => {
  const columns = columnsOf(kind)
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet(kind === 'offenders' ? 'Offenders' : 'Incidents', {
    views: [{ state: 'frozen', ySplit: 1 }],
  })
  sheet.columns = columns.map((column) => ({
    header: column.header,
    key: column.key,
    width: Math.min(40, Math.max(12, column.header.length + 2, column.example.length + 2)),
  }))
  sheet.getRow(1).font = { bold: true }
  sheet.addRow(Object.fromEntries(columns.map((column) => [column.key, column.example])))
  columns.forEach((column, index) => {
    const formula = listFormula(choices[column.key] ?? [])
    if (!formula) return
    const letter = sheet.getColumn(index + 1).letter
    for (let row = 2; row <= validatedRows; row++) {
      sheet.getCell(`${letter}${row}`).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [formula],
        showErrorMessage: true,
        errorStyle: 'warning',
        error: `Usually one of the list; other spellings the import knows are fine too.`,
      }
    }
  })
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
