/**
 * One CSV cell. Quotes a value holding a comma, quote or line break (doubling quotes, RFC 4180), and
 * defuses spreadsheet formulas: a text cell starting with = + - @ (or a tab or carriage return, which some
 * spreadsheets skip before reading a formula) is prefixed with ' so a business named `=HYPERLINK(…)`
 * shows as text instead of running. Numbers are written as they are, so negative figures stay numbers.
 */
export const csvCell = (value: string | number | null | undefined): string => {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}
