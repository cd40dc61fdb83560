import 'server-only'
import { getPayloadClient } from '@/lib/database/getPayloadClient'

/** Slugs and last changes of the published campaigns and public briefings, for the sitemap. */
export const listSitemapEntries = async () => {
  const payload = await getPayloadClient()
  const asPublic = { depth: 0, limit: 1000 }
  const [campaigns, briefings] = await Promise.all([
    payload.find({
      collection: 'campaigns',
      sort: 'slug',
      select: { slug: true, updatedAt: true },
      ...asPublic,
      overrideAccess: false,
    }),
    payload.find({
      collection: 'briefings',
      sort: '-publishedAt',
      select: { slug: true, updatedAt: true },
      ...asPublic,
      overrideAccess: false,
    }),
  ])
  return { campaigns: campaigns.docs, briefings: briefings.docs }
}
