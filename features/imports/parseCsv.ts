import { CsvError as ParserError, parse } from 'csv-parse/sync'
import { CsvError } from './CsvError'
import { csvLimits, tooLargeMessage } from './csvLimits'

/**
 * Reads CSV text into records of fields (csv-parse), as spreadsheets write it: fields in double quotes may
 * hold commas, line breaks and doubled quotes (""), records end in CRLF, LF or a lone CR (old Mac exports),
 * even mixed in one file. A byte-order mark and wholly empty lines are dropped; a quote inside an unquoted
 * field (5" screen) is kept as written. Refuses more than `maxRows` records (header included) and an
 * unterminated quote, naming the line its field starts on.
 */
export const parseCsv = (input: string, maxRows: number = csvLimits.maxRows + 1): string[][] => {
  // Where the last whole record ended, to say where an unterminated quoted field began.
  let lastRecordLine = 0
  let emptyLinesBefore = 0
  let records: string[][]
  try {
    records = parse(input, {
      bom: true,
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      // One past the limit: enough to know the file is too large without reading the rest.
      to: maxRows + 1,
      on_record: (record: string[], context) => {
        lastRecordLine = context.lines
        emptyLinesBefore = context.empty_lines
        return record
      },
    })
  } catch (error) {
    if (!(error instanceof ParserError)) throw error
    if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
      const startLine = lastRecordLine + 1 + (Number(error.empty_lines ?? 0) - emptyLinesBefore)
      throw new CsvError(
        `A quoted field that starts on line ${startLine} never ends: check for a missing closing quote (").`,
      )
    }
    throw new CsvError(`The file cannot be read as CSV near line ${error.lines ?? 1}: save it again as CSV.`)
  }
  if (records.length > maxRows) throw new CsvError(tooLargeMessage)
  return records
}
