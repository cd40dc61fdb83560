/** "43%" of a share from 0 to 1; "—" when there is nothing to divide (no reports). */
export const formatRate = (rate: number | null): string =>
  rate === null ? '—' : `${Math.round(rate * 100)}%`
