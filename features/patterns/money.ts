/**
 * Whole pence of a money field. Sums are kept in pence so that adding £0.10 thirty times is £3.00, not
 * £2.9999999999999996. Missing, non-finite and negative values count as nothing: a negative loss has no
 * meaning, and one bad row must not hide the rest.
 */
export const penceOf = (pounds: number | null | undefined): number =>
  typeof pounds === 'number' && Number.isFinite(pounds) && pounds > 0 ? Math.round(pounds * 100) : 0

/** Pounds of a whole number of pence. */
export const poundsOf = (pence: number): number => pence / 100
