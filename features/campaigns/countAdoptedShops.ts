import 'server-only'
import { getPayloadClient } from '@/lib/database/getPayloadClient'

/** How many shops have a named police officer (Cops Adopt A Shop), as the public may see them. */
export const countAdoptedShops = async () => {
  const payload = await getPayloadClient()
  const { totalDocs } = await payload.count({
    collection: 'businesses',
    where: { isAdopted: { equals: true } },
    overrideAccess: false,
  })
  return totalDocs
}
