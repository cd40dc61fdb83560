import type { ImportKind } from './columnSpec'
import { columnsOf } from './columnsOf'
import { toCsvRecord } from './toCsvRecord'

/**
 * A template for one kind of file: the column headings and one fictional example row (the incidents
 * example names the offenders example by its Ref). CRLF line ends and a byte-order mark, so Excel opens it
 * as UTF-8 and keeps the £ sign.
 */
export const templateCsv = (kind: ImportKind): string => {
  const columns = columnsOf(kind)
  const lines = [
    toCsvRecord(columns.map((column) => column.header)),
    toCsvRecord(columns.map((column) => column.example)),
  ]
  return `\uFEFF${lines.join('\r\n')}\r\n`
}
