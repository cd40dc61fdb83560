import type { PayloadRequest, Where } from 'payload'

/**
 * Police belong to no business; a partner's agency must not be retired (it reads nothing, so it is told
 * nothing); everyone else's business must be active.
 */
const inActiveBusinessOrNone: Where = {
  or: [
    { role: { equals: 'police' } },
    { and: [{ role: { equals: 'partner' } }, { 'agency.retired': { equals: false } }] },
    { 'business.membershipStatus': { equals: 'active' } },
  ],
}

// Partners whose agency's record gives it the gallery (collections/PartnerAgencies), as seesGallery decides.
const seesGallery: Where = {
  or: [
    { role: { in: ['member', 'business-manager', 'police'] } },
    { and: [{ 'agency.seesGallery': { equals: true } }, { 'agency.retired': { equals: false } }] },
  ],
}

/** A member account a job may send to: enough to address it and to pick a channel, nothing more. */
export type MemberRecipient = { id: number; email: string; name: string }

/**
 * Member accounts who may see the given audience: 'gallery' (business staff, police and the agencies that
 * see the gallery) or 'all' (every member account). Only active accounts, and for business staff only
 * those of an active business: a suspended or lapsed business gets no alerts or digests, as it gets no
 * access. `optedIn` keeps only the accounts that chose that mailing (collections/Members `notifications`).
 * Jobs call this; nobody else reads addresses in bulk.
 */
export const memberRecipientAccounts = async (
  req: PayloadRequest,
  audience: 'gallery' | 'all',
  optedIn?: 'weeklyBulletin',
): Promise<MemberRecipient[]> => {
  const members = await req.payload.find({
    collection: 'members',
    where: {
      and: [
        { accountStatus: { equals: 'active' } },
        inActiveBusinessOrNone,
        ...(audience === 'gallery' ? [seesGallery] : []),
        // A member who never saved a choice has the default (on): only an explicit "no" leaves them out.
        ...(optedIn ? [{ [`notifications.${optedIn}`]: { not_equals: false } }] : []),
      ],
    },
    select: { email: true, name: true },
    depth: 0,
    pagination: false,
    limit: 0,
    sort: 'id',
    overrideAccess: true, // a scheduled job sending the scheme's own notices
    req,
  })
  return members.docs.map((member) => ({ id: member.id, email: member.email, name: member.name }))
}
