import type { PayloadRequest, Where } from 'payload'

/** Police and partners belong to no business; everyone else's business must be active. */
const inActiveBusinessOrNone: Where = {
  or: [{ role: { in: ['police', 'partner'] } }, { 'business.membershipStatus': { equals: 'active' } }],
}

// Partners whose agency's record gives it the gallery (collections/PartnerAgencies), as seesGallery decides.
const seesGallery: Where = {
  or: [
    { role: { in: ['member', 'business-manager', 'police'] } },
    { and: [{ 'agency.seesGallery': { equals: true } }, { 'agency.retired': { equals: false } }] },
  ],
}

/**
 * Addresses of member accounts who may see the given audience: 'gallery' (business staff, police and the
 * agencies that see the gallery) or 'all' (every member account). Only active accounts, and for business
 * staff only those of an active business: a suspended or lapsed business gets no alerts or digests, as it
 * gets no access.
 * Jobs call this; nobody else reads addresses in bulk.
 */
export const memberRecipients = async (
  req: PayloadRequest,
  audience: 'gallery' | 'all',
): Promise<string[]> => {
  const members = await req.payload.find({
    collection: 'members',
    where: {
      and: [
        { accountStatus: { equals: 'active' } },
        inActiveBusinessOrNone,
        ...(audience === 'gallery' ? [seesGallery] : []),
      ],
    },
    select: { email: true },
    depth: 0,
    pagination: false,
    limit: 0,
    overrideAccess: true, // a scheduled job sending the scheme's own notices
    req,
  })
  return members.docs.map((member) => member.email)
}
