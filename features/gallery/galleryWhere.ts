import { millisecondsInDay, millisecondsInMinute } from 'date-fns/constants'
import type { Where } from 'payload'
import type { GalleryFilters } from './galleryFilters'

/** The gallery's search and filters as a Payload Where (the viewer's access is added by the caller). */
export const galleryWhere = (filters: GalleryFilters): Where => {
  const and: Where[] = []
  const query = filters.query?.trim().slice(0, 80)
  if (query) {
    // The name, aliases and appearance in one trigram-indexed column (collections/Offenders/hooks/deriveSearchText.ts).
    and.push({ searchText: { like: query } })
  }
  if (filters.markers?.length) and.push({ warningMarkers: { in: filters.markers } })
  if (filters.gallery) and.push({ gallery: { equals: filters.gallery } })
  if (filters.recentDays) {
    and.push({
      lastIncidentAt: {
        // From the start of this minute: the same search within a minute is the same query, which the gallery
        // cache can answer (lib/galleryCache); a report's activity is shown to the minute anyway.
        greater_than: new Date(
          Math.floor(Date.now() / millisecondsInMinute) * millisecondsInMinute -
            filters.recentDays * millisecondsInDay,
        ).toISOString(),
      },
    })
  }
  return and.length ? { and } : {}
}
