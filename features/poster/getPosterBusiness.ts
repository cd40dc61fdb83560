import 'server-only'
import type { Payload } from 'payload'
import type { Account } from '@/access/accountOf'
import { mayPrintPoster } from '@/collections/Businesses/access/mayPrintPoster'

/**
 * The business whose poster `viewer` asks for, read as the viewer (the businesses' own read access), or null
 * when the viewer may not print its poster or may not read it.
 */
export const getPosterBusiness = async (payload: Payload, viewer: Account, businessId: number) => {
  if (!mayPrintPoster({ user: viewer }, businessId)) return null
  const found = await payload.find({
    collection: 'businesses',
    where: { id: { equals: businessId } },
    select: { name: true },
    depth: 0,
    limit: 1,
    pagination: false,
    user: viewer,
    overrideAccess: false,
  })
  const business = found.docs[0]
  return business ? { id: business.id, name: business.name } : null
}
