/** "Mercer Street" from "12 Mercer Street" or "12a Mercer Street": the street a shop is on, without its number. */
export const streetOf = (addressLine: string): string =>
  addressLine.replace(/^\s*\d+[a-z]?(?:[-–]\d+[a-z]?)?,?\s+/i, '').trim()
