import type { PayloadRequest } from 'payload'
import type { BulletinWeek } from './bulletinWeekOf'
import type { BulletinBriefing } from './types'

/** The most briefings one bulletin lists; a busier week links to the rest. */
export const maxBulletinBriefings = 20

/** Briefings published in the week (public and members-only; drafts never), oldest first. */
export const weekBriefings = async (req: PayloadRequest, week: BulletinWeek): Promise<BulletinBriefing[]> => {
  const found = await req.payload.find({
    collection: 'briefings',
    where: {
      and: [
        { _status: { equals: 'published' } },
        { publishedAt: { greater_than_equal: week.start.toISOString() } },
        { publishedAt: { less_than: week.end.toISOString() } },
      ],
    },
    sort: 'publishedAt',
    select: { title: true, summary: true, slug: true, kind: true },
    draft: false,
    depth: 0,
    limit: maxBulletinBriefings,
    overrideAccess: true, // a scheduled job writing to every member; all of these are for members
    req,
  })
  return found.docs.map((doc) => ({
    title: doc.title,
    summary: doc.summary,
    slug: doc.slug ?? '',
    kind: doc.kind,
  }))
}
