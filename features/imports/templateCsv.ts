import { toCsv } from '@/lib/format/toCsv'
import type { ImportKind } from './columnSpec'
import { columnsOf } from './columnsOf'

/**
 * A template for one kind of file: the column headings and one fictional example row (the incidents
 * example names the offenders example by its Ref), with a byte-order mark so Excel opens it as UTF-8.
 */
export const templateCsv = (kind: ImportKind): string => {
  const columns = columnsOf(kind)
  return toCsv([columns.map((column) => column.header), columns.map((column) => column.example)], {
    bom: true,
  })
}
