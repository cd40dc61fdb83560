import { streetOf } from '@/features/campaigns/streetOf'

/** The name counts at businesses the viewer may not look up, or whose street is a small cell, go under. */
export const otherStreets = 'Other streets'

type Pair = [number, number]

/**
 * Counts per business address (line 1, or null when the viewer may not read the business) summed per street,
 * busiest first. Under a minimum cell above 1, a street with fewer reports this week, or fewer businesses
 * reporting, than the minimum joins "Other streets", so a street never shows one member shop's reports.
 */
export const streetsOf = (
  places: readonly [string | null, ...Pair][],
  minimumCell: number,
): { street: string; counts: Pair }[] => {
  const streets = new Map<string, Pair>()
  // Each place is one business address: how many businesses a street's count is made of.
  const businesses = new Map<string, number>()
  const add = (street: string, [today, week]: Pair, places = 1) => {
    const sum = streets.get(street) ?? [0, 0]
    streets.set(street, [sum[0] + Number(today), sum[1] + Number(week)])
    businesses.set(street, (businesses.get(street) ?? 0) + places)
  }
  for (const [line1, today, week] of places)
    add(line1 ? streetOf(line1) || otherStreets : otherStreets, [today, week])
  if (minimumCell > 1) {
    for (const [street, counts] of [...streets]) {
      // Too few reports, or too few businesses: a street of one member shop would show that shop's count
      // (business addresses are public), so it joins "Other streets" however busy it is.
      const few = counts[1] < minimumCell || (businesses.get(street) ?? 0) < minimumCell
      if (street !== otherStreets && few) {
        streets.delete(street)
        add(otherStreets, counts, businesses.get(street) ?? 0)
      }
    }
  }
  return [...streets]
    .map(([street, counts]) => ({ street, counts }))
    .sort(
      (a, b) =>
        Number(a.street === otherStreets) - Number(b.street === otherStreets) ||
        b.counts[1] - a.counts[1] ||
        a.street.localeCompare(b.street, 'en-GB'),
    )
}
