/** A count as a viewer may see it: the number, or only that it is below the smallest cell shown. */
export type ShownCount = { exactly: number } | { fewerThan: number }

/**
 * `count` as shown under a minimum cell size (collections/Incidents/access/schemeCountScope.ts): none and
 * counts from the minimum up are exact; 1 up to minimum − 1 reads "fewer than minimum".
 */
export const shownCount = (count: number, minimumCell: number): ShownCount =>
  count === 0 || count >= minimumCell ? { exactly: count } : { fewerThan: minimumCell }
