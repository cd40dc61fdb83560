/**
 * The fewest businesses that must contribute to a measure before its scheme average is shown to a business
 * manager. With three, the average less the manager's own figure is still the sum of at least two other
 * businesses, so no single business's figure can be worked back (docs/figures.md).
 */
export const schemeAverageMinBusinesses = 3
