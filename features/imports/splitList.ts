/** The items of a semicolon-separated cell, trimmed, without empty ones. */
export const splitList = (cell: string | undefined): string[] =>
  (cell ?? '')
    .split(';')
    .map((item) => item.trim())
    .filter(Boolean)
