import { CsvError } from './CsvError'
import { csvLimits, tooLargeMessage } from './csvLimits'

/**
 * Reads CSV text into records of fields, as RFC 4180 describes and spreadsheets write it: fields in double
 * quotes may hold commas, line breaks and doubled quotes (""), records end in CRLF or LF (a lone CR too, as
 * old Mac exports do). A byte-order mark is dropped, and so are wholly empty lines, which spreadsheets leave
 * at the end. Refuses more than `maxRows` records (header included) and an unterminated quote.
 */
export const parseCsv = (input: string, maxRows: number = csvLimits.maxRows + 1): string[][] => {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input
  const records: string[][] = []
  let record: string[] = []
  let field = ''
  let quoted = false
  let index = 0
  let recordStartLine = 1
  let line = 1

  const endField = () => {
    record.push(field)
    field = ''
  }
  const endRecord = () => {
    endField()
    const empty = record.length === 1 && record[0] === ''
    if (!empty) {
      if (records.length >= maxRows) throw new CsvError(tooLargeMessage)
      records.push(record)
    }
    record = []
    recordStartLine = line
  }

  while (index < text.length) {
    const char = text[index] as string
    if (quoted) {
      if (char === '"') {
        if (text[index + 1] === '"') {
          field += '"'
          index += 2
          continue
        }
        quoted = false
        index += 1
        continue
      }
      if (char === '\n') line += 1
      field += char
      index += 1
      continue
    }
    if (char === '"' && field === '') {
      quoted = true
      index += 1
      continue
    }
    if (char === ',') {
      endField()
      index += 1
      continue
    }
    if (char === '\r' || char === '\n') {
      line += 1
      index += char === '\r' && text[index + 1] === '\n' ? 2 : 1
      endRecord()
      continue
    }
    // A quote inside an unquoted field (5" screen) is kept as written, as spreadsheets read it.
    field += char
    index += 1
  }
  if (quoted) {
    throw new CsvError(
      `A quoted field that starts on line ${recordStartLine} never ends: check for a missing closing quote (").`,
    )
  }
  if (field !== '' || record.length > 0) endRecord()
  return records
}
