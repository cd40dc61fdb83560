import type { PayloadRequest } from 'payload'

/**
 * Addresses of active member accounts who may see the given audience: 'gallery' (business staff, police
 * and the ASB unit) or 'all' (every member account). Jobs call this; nobody else reads addresses in bulk.
 */
export const memberRecipients = async (
  req: PayloadRequest,
  audience: 'gallery' | 'all',
): Promise<string[]> => {
  const members = await req.payload.find({
    collection: 'members',
    where:
      audience === 'gallery'
        ? {
            and: [
              { accountStatus: { equals: 'active' } },
              {
                or: [
                  { role: { in: ['member', 'business-manager', 'police'] } },
                  { agency: { equals: 'asb-unit' } },
                ],
              },
            ],
          }
        : { accountStatus: { equals: 'active' } },
    select: { email: true },
    depth: 0,
    pagination: false,
    limit: 0,
    overrideAccess: true, // a scheduled job sending the scheme's own notices
    req,
  })
  return members.docs.map((member) => member.email)
}
