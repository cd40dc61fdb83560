/** A form value as one tidy line: runs of whitespace (newlines included) become one space, ends trimmed. */
export const singleLine = (value: unknown): string =>
  typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : ''
