import 'server-only'
import { briefingCardSelect } from '@/features/briefings/briefingCardSelect'
import { getPayloadClient } from '@/lib/database/getPayloadClient'

export const newsPageSize = 10

/** One page of published public news, alerts and events, newest first (access rules hide the rest). */
export const listPublicNews = async (page = 1) => {
  const payload = await getPayloadClient()
  const result = await payload.find({
    collection: 'briefings',
    sort: ['-publishedAt', '-createdAt'],
    page,
    limit: newsPageSize,
    depth: 0,
    select: { ...briefingCardSelect, event: { startsAt: true, endsAt: true, place: true } },
    overrideAccess: false,
  })
  return { items: result.docs, page: result.page ?? page, totalPages: result.totalPages }
}
