/** One CSV record: fields with a comma, quote or line break are quoted, quotes doubled (RFC 4180). */
export const toCsvRecord = (fields: readonly string[]): string =>
  fields.map((field) => (/[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field)).join(',')
