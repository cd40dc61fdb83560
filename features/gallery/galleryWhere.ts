import { millisecondsInDay } from 'date-fns/constants'
import type { Where } from 'payload'
import type { GalleryFilters } from './galleryFilters'

/** The gallery's search and filters as a Payload Where (the viewer's access is added by the caller). */
export const galleryWhere = (filters: GalleryFilters): Where => {
  const and: Where[] = []
  const query = filters.query?.trim().slice(0, 80)
  if (query) {
    and.push({
      or: [
        { displayName: { like: query } },
        { 'aliases.alias': { like: query } },
        { 'appearance.distinguishingFeatures': { like: query } },
        { 'appearance.usualClothing': { like: query } },
      ],
    })
  }
  if (filters.markers?.length) and.push({ warningMarkers: { in: filters.markers } })
  if (filters.gallery) and.push({ gallery: { equals: filters.gallery } })
  if (filters.recentDays) {
    and.push({
      lastIncidentAt: {
        greater_than: new Date(Date.now() - filters.recentDays * millisecondsInDay).toISOString(),
      },
    })
  }
  return and.length ? { and } : {}
}
