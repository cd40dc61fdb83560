import 'server-only'
import { getPayloadClient } from '@/lib/database/getPayloadClient'

/** The latest published public briefings, newest first. Access rules hide drafts and members-only ones. */
export const listPublicBriefings = async (limit = 3) => {
  const payload = await getPayloadClient()
  const result = await payload.find({
    collection: 'briefings',
    depth: 0,
    limit,
    sort: '-publishedAt',
    select: { title: true, slug: true, kind: true, summary: true, publishedAt: true },
    overrideAccess: false,
  })
  return result.docs
}
