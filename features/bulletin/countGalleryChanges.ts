import type { PayloadRequest, Where } from 'payload'
import type { BulletinWeek } from './bulletinWeekOf'
import type { GalleryChanges } from './types'

/**
 * How the members' gallery changed in the week: profiles approved into it (new), gallery profiles edited
 * after they were approved (updated), and profiles that left it (removed: archived, `archivedAt`).
 * Safeguarded people are never in the gallery, so never counted. Counts only, run by the bulletin job.
 */
export const countGalleryChanges = async (
  req: PayloadRequest,
  week: BulletinWeek,
): Promise<GalleryChanges> => {
  const start = week.start.toISOString()
  const end = week.end.toISOString()
  const within = (field: string): Where[] => [
    { [field]: { greater_than_equal: start } },
    { [field]: { less_than: end } },
  ]
  const inGallery: Where[] = [{ status: { equals: 'approved' } }, { safeguarding: { not_equals: true } }]
  const count = async (where: Where[]) =>
    (
      await req.payload.count({
        collection: 'offenders',
        where: { and: where },
        overrideAccess: true, // a scheduled job counting for the scheme; no names leave this function
        req,
      })
    ).totalDocs
  const [added, updated, removed] = await Promise.all([
    count([...inGallery, ...within('approvedAt')]),
    count([...inGallery, ...within('updatedAt'), { approvedAt: { less_than: start } }]),
    count([...within('archivedAt'), { safeguarding: { not_equals: true } }]),
  ])
  return { added, updated, removed }
}
