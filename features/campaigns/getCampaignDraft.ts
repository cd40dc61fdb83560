import 'server-only'
import type { StaffAccount } from '@/access/accountOf'
import { getPayloadClient } from '@/lib/database/getPayloadClient'
import { campaignPopulate, campaignSelect } from './campaignFields'

/**
 * The latest draft of a campaign for a staff member's live preview, read as that staff member (the access
 * rules decide whether they may see drafts), or null.
 */
export const getCampaignDraft = async (slug: string, staff: StaffAccount) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'campaigns',
    where: { slug: { equals: slug.slice(0, 100) } },
    draft: true,
    limit: 1,
    depth: 1,
    populate: campaignPopulate,
    select: campaignSelect,
    user: staff,
    overrideAccess: false,
  })
  return docs[0] ?? null
}
