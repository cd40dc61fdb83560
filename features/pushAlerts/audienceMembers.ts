import type { PayloadRequest, Where } from 'payload'
import type { TownAlertAudience } from './townAlertInputSchema'

/**
 * The active member accounts (staff and managers) of the active businesses an alert is for: all of them,
 * one type of business, or one postcode area (a prefix such as "NB1" or the sector "NB1 4"). Read by the
 * system: the sender (a police officer) may not list other businesses' staff, and never sees this list.
 */
export const audienceMembers = async (
  req: PayloadRequest,
  audience: TownAlertAudience,
): Promise<number[]> => {
  const businessWhere: Where[] = [{ membershipStatus: { equals: 'active' } }]
  if (audience.kind === 'category') businessWhere.push({ category: { equals: audience.category } })
  const businesses = await req.payload.find({
    collection: 'businesses',
    where: { and: businessWhere },
    select: { address: true },
    depth: 0,
    pagination: false,
    limit: 0,
    overrideAccess: true, // the system choosing recipients, as above
    req,
  })
  // "NB1" must not take in "NB12": an outward code is matched with the space after it; a sector ("NB1 4")
  // is followed by the rest of the inward code.
  const prefix =
    audience.kind === 'area' ? (audience.area.includes(' ') ? audience.area : `${audience.area} `) : null
  const businessIds = businesses.docs
    .filter((business) => !prefix || `${business.address?.postcode ?? ''} `.toUpperCase().startsWith(prefix))
    .map((business) => business.id)
  if (!businessIds.length) return []
  const members = await req.payload.find({
    collection: 'members',
    where: {
      and: [
        { accountStatus: { equals: 'active' } },
        { role: { in: ['member', 'business-manager'] } },
        { business: { in: businessIds } },
      ],
    },
    select: { accountStatus: true },
    depth: 0,
    pagination: false,
    limit: 0,
    overrideAccess: true, // the system choosing recipients, as above
    req,
  })
  return members.docs.map((member) => member.id)
}
