import 'server-only'
import { getPayloadClient } from '@/lib/database/getPayloadClient'

/** The published signposting directory, as the public sees it. */
export const listSupportServices = async (category?: string) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'support-services',
    where: category ? { categories: { contains: category } } : undefined,
    sort: 'name',
    limit: 200,
    depth: 0,
    select: {
      name: true,
      categories: true,
      description: true,
      openingTimes: true,
      phone: true,
      email: true,
      website: true,
      address: true,
    },
    overrideAccess: false,
  })
  return docs
}
