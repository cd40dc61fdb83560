import 'server-only'
import type { MemberAccount } from '@/access/accountOf'
import { getPayloadClient } from '@/lib/database/getPayloadClient'

/** The shops this officer adopts, and their latest logged visits. */
export const listAdoptedShopsOf = async (officer: MemberAccount) => {
  const payload = await getPayloadClient()
  const asOfficer = { user: officer }
  const shops = await payload.find({
    collection: 'businesses',
    where: { adoptingOfficer: { equals: officer.id } },
    sort: 'name',
    limit: 100,
    depth: 0,
    select: { name: true, address: true },
    ...asOfficer,
    overrideAccess: false,
  })
  const visits = await payload.find({
    collection: 'shop-visits',
    where: { officer: { equals: officer.id } },
    sort: '-visitedAt',
    limit: 20,
    depth: 1,
    populate: { businesses: { name: true } },
    select: { business: true, visitedAt: true, notes: true },
    ...asOfficer,
    overrideAccess: false,
  })
  return { shops: shops.docs, visits: visits.docs }
}
