/**
 * A header as the import compares it: without notes in brackets ("Aliases (;-separated)"), case, spaces and
 * punctuation, so "First name", "FIRST_NAME" and "first-name" all name the same column.
 */
export const normaliseHeader = (header: string): string =>
  header
    .replace(/\([^)]*\)/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
