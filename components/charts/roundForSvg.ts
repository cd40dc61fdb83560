/**
 * A coordinate or strength to two decimals: finer is invisible at chart sizes, and a busy profile's charts
 * carry hundreds of numbers twice (the HTML and the RSC payload).
 */
export const roundForSvg = (value: number): number => Math.round(value * 100) / 100
