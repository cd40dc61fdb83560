/** A report reference prefix: 1 to 6 capital letters or digits (`NT`, `QS`, `BCRP1`), so `QS-000123` reads aloud. */
export const isReferencePrefix = (value: unknown): value is string =>
  typeof value === 'string' && /^[A-Z0-9]{1,6}$/.test(value)
