import 'server-only'
import { getPayloadClient } from '@/lib/database/getPayloadClient'
import { briefingCardSelect } from './briefingCardSelect'

/** The latest published public briefings, newest first. Access rules hide drafts and members-only ones. */
export const listPublicBriefings = async (limit = 3) => {
  const payload = await getPayloadClient()
  const result = await payload.find({
    collection: 'briefings',
    depth: 0,
    limit,
    sort: '-publishedAt',
    select: briefingCardSelect,
    overrideAccess: false,
  })
  return result.docs
}
