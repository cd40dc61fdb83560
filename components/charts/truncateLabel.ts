/**
 * Shortens a label to `maxChars`, ending in "…". SVG text cannot wrap, and a long business name must not
 * run into its value; the full name is still in the chart's screen-reader table.
 */
export const truncateLabel = (label: string, maxChars: number): string =>
  label.length <= maxChars ? label : `${label.slice(0, Math.max(1, maxChars - 1)).trimEnd()}…`
