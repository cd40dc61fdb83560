/** The p-th percentile (0–100) of some numbers, nearest-rank. */
export const percentile = (values: number[], p: number): number => {
  if (!values.length) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[rank] as number
}

export const median = (values: number[]): number => percentile(values, 50)
