import { stringify } from 'csv-stringify/sync'

export type CsvValue = string | number | null | undefined

/**
 * Hand-written for a security reason: csv-stringify quotes but does not defuse spreadsheet formulas. A text
 * cell starting with = + - @ (or a tab or carriage return, which some spreadsheets skip before reading a
 * formula) gets a leading ' so a business named `=HYPERLINK(…)` shows as text instead of running. Numbers
 * are not text and keep their sign.
 */
const defuseFormula = (text: string): string => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text)

/**
 * Rows as CSV text for spreadsheets (csv-stringify): fields with a comma, quote or line break quoted with
 * quotes doubled, CRLF after every record as Excel expects, a missing or non-finite value as an empty cell.
 * `bom` starts the text with a byte-order mark so Excel reads it as UTF-8 and keeps the £ sign.
 */
export const toCsv = (rows: readonly (readonly CsvValue[])[], { bom = false } = {}): string =>
  stringify(rows as CsvValue[][], {
    bom,
    record_delimiter: 'windows',
    // A lone CR or LF would end the record early: csv-stringify quotes only the full CRLF delimiter.
    quoted_match: /[\r\n]/,
    cast: {
      string: defuseFormula,
      number: (value) => (Number.isFinite(value) ? String(value) : ''),
    },
  })
