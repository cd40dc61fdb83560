import 'server-only'
import { getPayloadClient } from '@/lib/database/getPayloadClient'

/** Published campaigns for the home page, as the public sees them. */
export const listPublishedCampaigns = async (limit = 4) => {
  const payload = await getPayloadClient()
  const result = await payload.find({
    collection: 'campaigns',
    depth: 0,
    limit,
    sort: '-updatedAt',
    select: { title: true, slug: true, summary: true },
    overrideAccess: false,
  })
  return result.docs
}
