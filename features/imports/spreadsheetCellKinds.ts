/** How a workbook cell of a column is read when it holds a number or a date rather than text. */
export type SpreadsheetCellKind = 'datetime' | 'date' | 'time' | 'money'

/**
 * The columns whose numbers mean something other than a number: Excel keeps a date as a serial number of
 * days (a fraction is the time of day) and a time alone as a fraction, and shows money rounded to pence.
 * Keys of offenderColumns and incidentColumns; a unit test checks each is one.
 */
export const spreadsheetCellKinds: Record<string, SpreadsheetCellKind> = {
  date: 'datetime',
  time: 'time',
  exclusionStart: 'date',
  exclusionEnd: 'date',
  valueLost: 'money',
  valueRecovered: 'money',
}
