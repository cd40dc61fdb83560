import { penceOf, poundsOf } from './money'
import type { PatternIncident, PlaceCount } from './types'

/** How many places byPlace lists unless told otherwise. */
export const defaultTopPlaces = 10

/** The name rows without a business are grouped under, so they still count. */
export const unknownPlaceName = 'Unknown place'

/** Trimmed, so "Copper Kettle Café " and "Copper Kettle Café" are one place. */
export const placeNameOf = (businessName: string): string => businessName.trim() || unknownPlaceName

/** Incidents and pence lost at one place. */
export type PlaceTotals = { count: number; lostPence: number }

/** Every place with its incident count and value lost, most incidents first (then most lost, then name). */
export const allPlaces = (incidents: readonly PatternIncident[]): PlaceCount[] => {
  const places = new Map<string, PlaceTotals>()
  for (const incident of incidents) {
    const name = placeNameOf(incident.businessName)
    const place = places.get(name) ?? { count: 0, lostPence: 0 }
    place.count += 1
    place.lostPence += penceOf(incident.valueLost)
    places.set(name, place)
  }
  return placesFromTotals(places)
}

/** allPlaces' list from totals already made per place name, e.g. by the database. */
export const placesFromTotals = (places: ReadonlyMap<string, PlaceTotals>): PlaceCount[] =>
  [...places]
    .map(([businessName, place]) => ({
      businessName,
      count: place.count,
      valueLost: poundsOf(place.lostPence),
    }))
    .sort(
      (a, b) =>
        b.count - a.count ||
        b.valueLost - a.valueLost ||
        a.businessName.localeCompare(b.businessName, 'en-GB'),
    )

/**
 * The top `top` places (defaultTopPlaces unless given) by incident count. Repeat victims are the point of this view,
 * so a long tail of one-off places is cut rather than crowding the chart.
 */
export const byPlace = (incidents: readonly PatternIncident[], top = defaultTopPlaces): PlaceCount[] =>
  allPlaces(incidents).slice(0, Math.max(0, Math.floor(top)))
