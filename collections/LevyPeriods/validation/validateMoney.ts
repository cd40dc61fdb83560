import type { NumberFieldSingleValidation } from 'payload'

/** The most a scheme's levy or one cost line could be; a typo of extra zeros is refused, not reported. */
export const maxLevyPounds = 10_000_000

/**
 * Pounds for a levy or a cost line: 0 or more, at most two decimal places, with a message that says which
 * figure is wrong (Payload's own says only "must be greater than or equal to 0").
 */
export const validateMoney =
  (what: string, required = false): NumberFieldSingleValidation =>
  (value) => {
    if (value === null || value === undefined) return required ? `Enter the ${what} in pounds.` : true
    if (!Number.isFinite(value) || value < 0) return `The ${what} cannot be negative: enter 0 or more.`
    if (value > maxLevyPounds) return `The ${what} looks too large: enter pounds, at most £10,000,000.`
    if (Math.round(value * 100) !== Math.round(value * 100 * 1000) / 1000) {
      return `Enter the ${what} in pounds and pence (at most two decimal places).`
    }
    return true
  }
