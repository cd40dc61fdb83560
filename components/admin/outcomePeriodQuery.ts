/** The query string that names an outcome report's period, for the page and its downloads. */
export const outcomePeriodQuery = (from: string, to: string) =>
  `from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`
