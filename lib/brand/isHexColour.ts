/** A colour as staff type it in the settings: `#` and six hex digits (`#0b3d5c`), the form every tool copies. */
export const isHexColour = (value: unknown): value is string =>
  typeof value === 'string' && /^#[0-9a-f]{6}$/i.test(value)
