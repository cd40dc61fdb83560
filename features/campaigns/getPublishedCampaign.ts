import 'server-only'
import { cache } from 'react'
import { getPayloadClient } from '@/lib/database/getPayloadClient'
import { campaignPopulate, campaignSelect } from './campaignFields'

/**
 * One published campaign by slug, as the public sees it, or null. Cached per render: the page and its
 * metadata both ask for it.
 */
export const getPublishedCampaign = cache(async (slug: string) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'campaigns',
    where: { slug: { equals: slug.slice(0, 100) } },
    limit: 1,
    depth: 1,
    populate: campaignPopulate,
    select: campaignSelect,
    overrideAccess: false,
  })
  return docs[0] ?? null
})
