import 'server-only'
import type { Where } from 'payload'
import type { MemberAccount } from '@/access/accountOf'
import { relationId } from '@/access/relationId'
import { getPayloadClient } from '@/lib/payload/getPayloadClient'

export type GalleryFilters = {
  query?: string
  markers?: string[]
  gallery?: 'known' | 'id-sought'
  recentDays?: number
  page?: number
  limit?: number
}

export type GalleryCard = {
  id: number
  name: string
  gallery: 'known' | 'id-sought'
  warningMarkers: string[]
  photoId: number | null
  lastIncidentAt: string | null
  exclusionStage: string | null
}

/**
 * The offender gallery as this member may see it (access rules choose the rows): search by name, alias or
 * description, filter by warning markers, gallery and recent activity.
 */
export const searchGallery = async (member: MemberAccount, filters: GalleryFilters) => {
  const payload = await getPayloadClient()
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
      lastIncidentAt: { greater_than: new Date(Date.now() - filters.recentDays * 86_400_000).toISOString() },
    })
  }
  const result = await payload.find({
    collection: 'offenders',
    where: and.length ? { and } : undefined,
    // Alphabetical by default; most recently active first when filtering on recent activity (every row then
    // has a date: Postgres would put profiles with none first in a descending sort).
    sort: filters.recentDays ? ['-lastIncidentAt', 'displayName'] : ['displayName', 'id'],
    page: filters.page ?? 1,
    limit: filters.limit ?? 24,
    depth: 0,
    select: {
      displayName: true,
      gallery: true,
      warningMarkers: true,
      photos: true,
      lastIncidentAt: true,
      exclusion: { stage: true },
    },
    user: member,
    overrideAccess: false,
  })
  const cards: GalleryCard[] = result.docs.map((doc) => ({
    id: doc.id,
    name: doc.displayName ?? 'Unidentified person',
    gallery: doc.gallery,
    warningMarkers: doc.warningMarkers ?? [],
    photoId: relationId(doc.photos?.[0]),
    lastIncidentAt: doc.lastIncidentAt ?? null,
    exclusionStage: doc.exclusion?.stage ?? null,
  }))
  return { cards, page: result.page ?? 1, totalPages: result.totalPages, totalDocs: result.totalDocs }
}
