/**
 * Up to `ticks` evenly spread indexes into a list of `length`, always including the first and last, so
 * an axis of 52 weeks gets a few readable dates instead of 52 overlapping ones.
 */
export const tickIndexes = (length: number, ticks: number): number[] => {
  if (length <= 0) return []
  const count = Math.min(length, Math.max(1, Math.floor(ticks)))
  if (count === 1) return [0]
  const indexes = Array.from({ length: count }, (_, i) => Math.round((i * (length - 1)) / (count - 1)))
  return [...new Set(indexes)]
}
