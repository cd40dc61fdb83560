import { CsvError } from './CsvError'
import type { ColumnSpec, ImportKind } from './columnSpec'
import { decodeCsvBytes } from './decodeCsvBytes'
import { readWorkbook } from './readWorkbook'
import type { Table } from './tableOfGrid'
import { uploadKind } from './uploadKind'
import { workbookMessages } from './workbookMessages'

/**
 * An uploaded file, told apart by its first bytes rather than its name: a ZIP is read as a workbook (a
 * table), anything else as CSV text. A password-protected workbook or an old .xls is refused by name.
 */
export const readUpload = async (
  bytes: Uint8Array,
  kind: ImportKind,
  columns: readonly ColumnSpec[],
): Promise<string | Table> => {
  const what = uploadKind(bytes)
  if (what === 'zip') return readWorkbook(bytes, kind, columns)
  if (what === 'compound-document') throw new CsvError(workbookMessages.encryptedOrOld)
  const text = decodeCsvBytes(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  )
  // Binary that is neither: NUL bytes never appear in a CSV file.
  if (text.includes('\u0000')) throw new CsvError(workbookMessages.notWorkbook)
  return text
}
